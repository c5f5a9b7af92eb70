import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatCalendarDate, PERSON_ROLE_LABELS, type PersonRole } from '@lantern/shared/domain';
import { Details, Table } from '@lantern/web/ui';
import { graphql } from '@lantern/web/graphql';
import { LinkExistingPersonForm } from './link-existing-person-form';
import { LinkNewPersonForm } from './link-new-person-form';
import { sectionNotice, SectionNoticeBanner, type SectionNotice } from './section-notice';
import { UnlinkButton } from './unlink-button';

const UnlinkPersonMutation = graphql(`
  mutation UnlinkPersonFromPremises($linkId: ID!) {
    unlinkPersonFromPremises(linkId: $linkId)
  }
`);

export interface LinkedPerson {
  id: string;
  role: PersonRole;
  person: { id: string; fullName: string; nicknames: string[]; dateOfBirth: string | null };
}

interface LinkedPeopleProps {
  premisesId: string;
  people: LinkedPerson[];
  mayEdit: boolean;
  /** Reload the premises after a change (the associated premises may change too). */
  onChanged: () => Promise<unknown>;
}

/** The people linked to the premises and how; editors link new or known people, and unlink them. */
export function LinkedPeople({ premisesId, people, mayEdit, onChanged }: LinkedPeopleProps) {
  const [notice, setNotice] = useState<SectionNotice>(null);
  const [unlinkPerson] = useMutation(UnlinkPersonMutation);
  const linked = (message: string) => {
    setNotice(sectionNotice('success', message));
    void onChanged();
  };
  return (
    <section aria-labelledby="people-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="people-heading">
        People
      </h2>
      <SectionNoticeBanner notice={notice} />
      {people.length === 0 ? (
        <p className="govuk-body">No people are linked to this premises.</p>
      ) : (
        <Table
          caption="People linked to this premises"
          captionHidden
          columns={[
            { text: 'Name' },
            { text: 'Role' },
            { text: 'Date of birth' },
            ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
          ]}
          rows={people.map((link) => ({
            key: link.id,
            cells: [
              <>
                {link.person.fullName}
                {link.person.nicknames.length > 0 && (
                  <span className="govuk-body-s lantern-secondary-text">
                    {' '}
                    (also known as {link.person.nicknames.join(', ')})
                  </span>
                )}
              </>,
              PERSON_ROLE_LABELS[link.role],
              link.person.dateOfBirth ? (
                formatCalendarDate(link.person.dateOfBirth)
              ) : (
                <span className="lantern-secondary-text">Not known</span>
              ),
              ...(mayEdit
                ? [
                    <UnlinkButton
                      what={`${link.person.fullName} (${PERSON_ROLE_LABELS[link.role].toLowerCase()})`}
                      unlink={() => unlinkPerson({ variables: { linkId: link.id } })}
                      onDone={(problem) => {
                        setNotice(
                          problem
                            ? sectionNotice('problem', problem)
                            : sectionNotice('success', `${link.person.fullName} has been unlinked`),
                        );
                        if (!problem) void onChanged();
                      }}
                    />,
                  ]
                : []),
            ],
          }))}
        />
      )}
      {mayEdit && (
        <>
          <Details summary="Link someone already on record">
            <LinkExistingPersonForm premisesId={premisesId} onLinked={linked} />
          </Details>
          <Details summary="Link a new person">
            <LinkNewPersonForm premisesId={premisesId} onLinked={linked} />
          </Details>
        </>
      )}
    </section>
  );
}
