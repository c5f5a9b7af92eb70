/**
 * The briefing pack for the officers, served by the API (not the web app): a printable page, a PDF and a calendar
 * invite. Each download is recorded in the audit log as a disclosure to the attending agencies.
 */
export function BriefingPackLinks({ visitPlanId }: { visitPlanId: string }) {
  const base = `/visits/${encodeURIComponent(visitPlanId)}`;
  return (
    <section aria-labelledby="briefing-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="briefing-heading">
        Briefing pack
      </h2>
      <p className="govuk-body">
        For the officers attending: the premises, concerns, linked people, powers by agency, risks, rendezvous and
        contacts. Downloads are recorded in the audit log.
      </p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`${base}/briefing.html`} target="_blank" rel="noopener">
            Printable briefing (opens in a new tab)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${base}/briefing.pdf`} download>
            Download the briefing pack (PDF)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${base}/invite.ics`} download>
            Add the visit to a calendar (.ics invite)
          </a>
        </li>
      </ul>
    </section>
  );
}
