import { Link } from 'react-router';

interface FooterLink {
  href: string;
  text: string;
}

/** The page footer: support links and what the service is for. */
export function ServiceFooter({ links = [], description }: { links?: FooterLink[]; description: string }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  {links.map((link) => (
                    <li key={link.href} className="govuk-footer__inline-list-item">
                      <Link className="govuk-footer__link" to={link.href}>
                        {link.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="govuk-footer__meta-custom">{description}</div>
          </div>
        </div>
      </div>
    </footer>
  );
}
