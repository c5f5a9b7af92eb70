import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  formatCalendarDate,
  formatDateTimeInLondon,
  GRADES,
  HANDLING_CODE_LABELS,
  HANDLING_CODES,
  hasThirdPartySource,
  INFORMATION_ACCURACY_LABELS,
  MATCH_REASON_LABELS,
  mayReadIntelligence,
  maySeeSources,
  REPORT_OUTCOMES,
  REPORT_STATUS_FOR_REFERRER,
  REPORT_STATUS_LABELS,
  SOURCE_RELIABILITY_LABELS,
  SOURCE_TYPE_LABELS,
  THIRD_PARTY_ENGAGEMENT_LABELS,
  type HandlingCode,
  type ReportOutcome,
} from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  Details,
  choicesFrom,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  Radios,
  SummaryList,
  Textarea,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import {
  FormProblems,
  QueryProblem,
  useActionOutcome,
  useFormSubmission,
  type InformationReportQuery as Report,
} from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { PremisesFinder, type FoundPremises } from '@lantern/web/premises';
import {
  AssessReportMutation,
  DecideReportMutation,
  GiveFeedbackMutation,
  InformationReportQuery,
  LinkReportPersonMutation,
  LinkReportToPremisesMutation,
} from './intelligence-documents';
import { gradesText, ReportStatusTag } from './report-labels';

type ReportView = Report['informationReport'];
const grades = (labels: Record<number, string>) => GRADES.map((g) => ({ value: String(g), text: labels[g] }));
const OUTCOME_LABELS = Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, REPORT_STATUS_LABELS[o]])) as Record<
  ReportOutcome,
  string
>;

/** One report: what it says and what became of it; for the specialist team, its source and triage. */
export function ReportPage() {
  const { id = '' } = useParams();
  const reader = useRoleAllows(mayReadIntelligence);
  const specialist = useRoleAllows(maySeeSources);
  const notice = useArrivalNotice();
  const { data, error, refetch } = useQuery(InformationReportQuery, {
    variables: { id, reader, specialist },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle('Information report');
  if (error && !data) return <QueryProblem error={error} what="information report" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="information report" />;
  const report = data.informationReport;
  return (
    <>
      <BackLink to="/reports">Back to information reports</BackLink>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading caption={report.referringAgency.name}>Information report</PageHeading>
      <p className="govuk-body">
        <ReportStatusTag status={report.status} />
      </p>
      <h2 className="govuk-heading-m">What became of it</h2>
      <p className="govuk-body">
        {report.submittedByMe ? REPORT_STATUS_FOR_REFERRER[report.status] : REPORT_STATUS_LABELS[report.status]}
      </p>
      {report.feedback ? (
        <div className="govuk-inset-text" aria-label="Feedback from the specialist team">
          <p className="govuk-body govuk-!-font-weight-bold">Feedback from the specialist team</p>
          <p className="govuk-body">{report.feedback}</p>
        </div>
      ) : (
        <p className="govuk-body">Feedback is due by {formatDateTimeInLondon(String(report.feedbackDueAt))}.</p>
      )}
      <h2 className="govuk-heading-m">The report</h2>
      <SummaryList
        rows={[
          { key: 'Received', value: formatDateTimeInLondon(String(report.receivedAt)) },
          { key: 'Became aware', value: formatDateTimeInLondon(String(report.becameAwareAt)) },
          { key: 'Incident', value: report.incidentAt ? formatDateTimeInLondon(String(report.incidentAt)) : '' },
          { key: 'Source', value: SOURCE_TYPE_LABELS[report.sourceType] },
          { key: 'Grades', value: `${gradesText(report)}` },
          {
            key: 'Source reliability',
            value: report.sourceReliability
              ? SOURCE_RELIABILITY_LABELS[report.sourceReliability]
              : 'Not asked: witnessed by the referrer',
          },
          { key: 'Information accuracy', value: INFORMATION_ACCURACY_LABELS[report.informationAccuracy] },
          {
            key: 'Handling code',
            value: `${HANDLING_CODE_LABELS[report.handlingCode]}${report.handlingConditions ? `: ${report.handlingConditions}` : ''}`,
          },
          {
            key: 'Would they engage with the police',
            value: report.thirdPartyWillEngage ? THIRD_PARTY_ENGAGEMENT_LABELS[report.thirdPartyWillEngage] : '',
          },
          { key: 'How it came to light', value: report.howCameToLight },
          { key: 'Who else is aware', value: report.whoElseKnows },
          { key: 'Details', value: report.details },
          { key: 'A place not in the register', value: report.placeDescription },
        ]}
      />
      <h2 className="govuk-heading-m">What it is about</h2>
      <Subjects report={report} specialist={specialist} onLinked={() => void refetch()} />
      {specialist && <LinkToPremises report={report} onLinked={() => void refetch()} />}
      {specialist && report.source && report.referrer && (
        <>
          <h2 className="govuk-heading-m">Source and referrer (specialist team only)</h2>
          <SummaryList
            rows={[
              { key: 'Source’s name', value: report.source.name ?? '' },
              { key: 'Source’s date of birth', value: formatCalendarDate(report.source.dateOfBirth) },
              { key: 'Source’s contact details', value: report.source.contact ?? '' },
              { key: 'Referrer', value: `${report.referrer.name}, ${report.referrer.jobTitle}` },
              { key: 'Referrer’s contact details', value: report.referrer.contact },
            ]}
          />
        </>
      )}
      {reader && report.triage && (
        <>
          <h2 className="govuk-heading-m">Triage</h2>
          <SummaryList
            rows={[
              {
                key: 'Assessed',
                value: report.triage.assessedAt ? formatDateTimeInLondon(String(report.triage.assessedAt)) : '',
              },
              { key: 'Assessment note', value: report.triage.assessmentNote },
              {
                key: 'Decided',
                value: report.triage.decidedAt ? formatDateTimeInLondon(String(report.triage.decidedAt)) : '',
              },
              { key: 'Reason', value: report.triage.decisionReason },
            ]}
          />
        </>
      )}
      {specialist && <TriageForms report={report} />}
      {reader && (
        <p className="govuk-body">
          {report.subjects
            .filter((s) => s.kind === 'PREMISES' && s.premises)
            .map((s) => (
              <Link key={s.id} className="govuk-link govuk-!-margin-right-4" to={`/premises/${s.premises!.id}/mosaic`}>
                The mosaic of {s.premises!.name}
              </Link>
            ))}
        </p>
      )}
    </>
  );
}

function Subjects({ report, specialist, onLinked }: { report: ReportView; specialist: boolean; onLinked: () => void }) {
  const [link] = useMutation(LinkReportPersonMutation);
  if (!report.subjects.length) return <p className="govuk-body">Nothing linked.</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {report.subjects.map((s) => (
        <li key={s.id}>
          {s.kind === 'PREMISES' &&
            (s.premises ? (
              <Link className="govuk-link" to={`/premises/${s.premises.id}`}>
                {s.premises.name}
              </Link>
            ) : (
              'A premises'
            ))}
          {s.kind === 'VEHICLE' && `Vehicle ${s.vehicle?.registration ?? ''}`}
          {s.kind === 'BUSINESS' && `Business ${s.business?.name ?? ''}`}
          {s.kind === 'PERSON' && (
            <>
              {s.person ? (
                <>
                  Person:{' '}
                  <Link className="govuk-link" to={`/people/${s.person.id}/mosaic`}>
                    {s.person.fullName}
                  </Link>
                </>
              ) : (
                <>
                  Person named:{' '}
                  {[
                    s.describedName,
                    s.describedNicknames.length ? `known as ${s.describedNicknames.join(', ')}` : null,
                    s.describedDateOfBirth ? `born ${formatCalendarDate(s.describedDateOfBirth)}` : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </>
              )}
              {specialist && !s.personId && (s.matches ?? []).length > 0 && (
                <ul className="govuk-list" aria-label="Possible matches in the register">
                  {(s.matches ?? []).map((m) => (
                    <li key={m.personId}>
                      May be {m.person.fullName} ({m.score}%:{' '}
                      {m.reasons.map((r) => MATCH_REASON_LABELS[r].toLowerCase()).join(', ')}){' '}
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        onClick={() =>
                          void link({ variables: { subjectId: s.id, input: { personId: m.personId } } }).then(onLinked)
                        }
                      >
                        Link to {m.person.fullName}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A place the report describes, found in the register later: the link puts the report on its mosaic and timeline. */
function LinkToPremises({ report, onLinked }: { report: ReportView; onLinked: () => void }) {
  const [link, { loading }] = useMutation(LinkReportToPremisesMutation);
  const outcome = useActionOutcome();
  const linkedIds = report.subjects.flatMap((s) => (s.premises ? [s.premises.id] : []));
  const choose = async (premises: FoundPremises) => {
    const linked = await outcome.run(
      () => link({ variables: { reportId: report.id, premisesId: premises.id } }),
      `The report is now linked to ${premises.name}`,
    );
    if (linked) onLinked();
  };
  return (
    <>
      {outcome.banner}
      <Details summary="Link the report to a premises in the register">
        <PremisesFinder
          id="link-premises-search"
          label="Find the premises"
          actionLabel="Link"
          excludeIds={linkedIds}
          disabled={loading}
          onChoose={(premises) => void choose(premises)}
        />
      </Details>
    </>
  );
}

function TriageForms({ report }: { report: ReportView }) {
  const submission = useFormSubmission();
  const [assess] = useMutation(AssessReportMutation);
  const [decide] = useMutation(DecideReportMutation);
  const [give] = useMutation(GiveFeedbackMutation);
  const thirdParty = hasThirdPartySource(report.sourceType);
  const [reliability, setReliability] = useState(report.sourceReliability ? String(report.sourceReliability) : '');
  const [accuracy, setAccuracy] = useState(String(report.informationAccuracy));
  const [handling, setHandling] = useState<string>(report.handlingCode);
  const [conditions, setConditions] = useState(report.handlingConditions ?? '');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [feedback, setFeedback] = useState('');
  const run = (event: FormEvent, save: () => Promise<unknown>) => {
    event.preventDefault();
    void submission.submit({}, async () => {
      await save();
    });
  };
  const fields = {
    sourceReliability: 'assessReliability',
    informationAccuracy: 'assessAccuracy',
    handlingCode: 'assessHandling',
    handlingConditions: 'assessConditions',
    outcome: 'outcome',
    reason: 'reason',
    feedback: 'feedback',
  };
  return (
    <>
      <FormProblems submission={submission} fields={fields} />
      {report.status === 'RECEIVED' && (
        <form
          onSubmit={(e) =>
            run(e, () =>
              assess({
                variables: {
                  id: report.id,
                  version: report.version,
                  input: {
                    sourceReliability: thirdParty && reliability ? Number(reliability) : null,
                    informationAccuracy: Number(accuracy),
                    handlingCode: handling as HandlingCode,
                    handlingConditions: handling === 'C' ? conditions : null,
                    note,
                  },
                },
              }),
            )
          }
          noValidate
          aria-label="Assess the report"
        >
          <h2 className="govuk-heading-m">Assess and grade</h2>
          {thirdParty && (
            <Radios
              id="assessReliability"
              legend="Source reliability"
              small
              value={reliability}
              onChange={setReliability}
              options={grades(SOURCE_RELIABILITY_LABELS)}
              error={submission.fieldErrors['sourceReliability']}
            />
          )}
          <Radios
            id="assessAccuracy"
            legend="Information accuracy"
            small
            value={accuracy}
            onChange={setAccuracy}
            options={grades(INFORMATION_ACCURACY_LABELS)}
            error={submission.fieldErrors['informationAccuracy']}
          />
          <Radios
            id="assessHandling"
            legend="Handling code"
            small
            value={handling}
            onChange={setHandling}
            options={choicesFrom(HANDLING_CODES, HANDLING_CODE_LABELS)}
            error={submission.fieldErrors['handlingCode']}
          />
          {handling === 'C' && (
            <Textarea
              id="assessConditions"
              label="Conditions for sharing"
              rows={2}
              value={conditions}
              onChange={setConditions}
              error={submission.fieldErrors['handlingConditions']}
            />
          )}
          <Textarea id="assessNote" label="Assessment note (optional)" rows={2} value={note} onChange={setNote} />
          <Button disabled={submission.submitting}>Mark as assessed</Button>
        </form>
      )}
      {report.status === 'ASSESSED' && (
        <form
          onSubmit={(e) =>
            run(e, () =>
              decide({
                variables: {
                  id: report.id,
                  version: report.version,
                  input: { outcome: outcome as ReportOutcome, reason },
                },
              }),
            )
          }
          noValidate
          aria-label="Decide what becomes of the report"
        >
          <h2 className="govuk-heading-m">Decide</h2>
          <Radios
            id="outcome"
            legend="What becomes of the report"
            small
            value={outcome}
            onChange={setOutcome}
            options={choicesFrom(REPORT_OUTCOMES, OUTCOME_LABELS)}
            error={submission.fieldErrors['outcome']}
          />
          <Textarea
            id="reason"
            label="Reason"
            hint="Recorded for the team; the referrer does not see it"
            rows={3}
            value={reason}
            onChange={setReason}
            error={submission.fieldErrors['reason']}
          />
          <Button disabled={submission.submitting}>Record the decision</Button>
        </form>
      )}
      {REPORT_OUTCOMES.includes(report.status as ReportOutcome) && !report.feedbackGivenAt && (
        <form
          onSubmit={(e) => run(e, () => give({ variables: { id: report.id, version: report.version, feedback } }))}
          noValidate
          aria-label="Feedback to the referrer"
        >
          <h2 className="govuk-heading-m">Feedback to the referrer</h2>
          <Textarea
            id="feedback"
            label="What the referrer is told"
            hint="Do not name the source or give restricted details"
            rows={4}
            value={feedback}
            onChange={setFeedback}
            error={submission.fieldErrors['feedback']}
          />
          <Button disabled={submission.submitting}>Send feedback</Button>
        </form>
      )}
    </>
  );
}
