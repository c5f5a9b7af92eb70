import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { AGENCY_TYPE_LABELS, type AgencyType } from '@lantern/shared/domain';
import { Button, Details, Select, Table } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { UnlinkButton, type SectionNotice } from '@lantern/web/premises';
import { GroupFormChoicesQuery } from './group-queries';

const AddAgencyMutation = graphql(`
  mutation AddAgencyToGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {
    addAgencyToGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {
      id
      version
    }
  }
`);
const RemoveAgencyMutation = graphql(`
  mutation RemoveAgencyFromGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {
    removeAgencyFromGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {
      id
      version
    }
  }
`);
const AddOfficerMutation = graphql(`
  mutation AddOfficerToGroup($groupId: ID!, $version: Int!, $officerId: ID!) {
    addOfficerToGroup(groupId: $groupId, version: $version, officerId: $officerId) {
      id
      version
    }
  }
`);
const RemoveOfficerMutation = graphql(`
  mutation RemoveOfficerFromGroup($groupId: ID!, $version: Int!, $officerId: ID!) {
    removeOfficerFromGroup(groupId: $groupId, version: $version, officerId: $officerId) {
      id
      version
    }
  }
`);

export interface MemberAgency {
  id: string;
  agency: {
    id: string;
    name: string;
    type: AgencyType;
    officers: { id: string; name: string; jobTitle?: string | null; active: boolean }[];
  };
}
export interface MemberOfficer {
  id: string;
  officer: { id: string; name: string; jobTitle?: string | null; agencyId: string };
}

interface GroupMembersProps {
  groupId: string;
  version: number;
  leadAgencyId: string;
  agencies: MemberAgency[];
  officers: MemberOfficer[];
  mayEdit: boolean;
  onChanged: (notice: SectionNotice) => void;
  notice: (kind: 'success' | 'problem', message: string) => SectionNotice;
}

function AddAgencyForm({
  groupId,
  version,
  members,
  onAdded,
}: {
  groupId: string;
  version: number;
  members: string[];
  onAdded: (name: string) => void;
}) {
  const [agencyId, setAgencyId] = useState('');
  const submission = useFormSubmission();
  const { data } = useQuery(GroupFormChoicesQuery);
  const [add] = useMutation(AddAgencyMutation);
  const choices = (data?.agencies ?? []).filter((agency) => !members.includes(agency.id));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = choices.find((agency) => agency.id === agencyId)?.name ?? 'The agency';
    const added = await submission.submit({ agencyId: agencyId ? undefined : 'Select the agency to add' }, async () => {
      await add({ variables: { groupId, version, agencyId } });
    });
    if (added) {
      setAgencyId('');
      onAdded(name);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add a member agency">
      <FormProblems submission={submission} fields={{ agencyId: 'add-agencyId' }} />
      <Select
        id="add-agencyId"
        label="Agency"
        hint="Its officers will see this group, its tasks and visits, and the premises it targets. This is recorded in the audit log."
        value={agencyId}
        onChange={setAgencyId}
        emptyOption="Choose an agency"
        options={choices.map((agency) => ({ value: agency.id, text: agency.name }))}
        error={submission.fieldErrors['agencyId']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Add agency
      </Button>
    </form>
  );
}

function AddOfficerForm({
  groupId,
  version,
  agencies,
  onGroup,
  onAdded,
}: {
  groupId: string;
  version: number;
  agencies: MemberAgency[];
  onGroup: string[];
  onAdded: (name: string) => void;
}) {
  const [officerId, setOfficerId] = useState('');
  const submission = useFormSubmission();
  const [add] = useMutation(AddOfficerMutation);
  const choices = agencies.flatMap((link) =>
    link.agency.officers
      .filter((officer) => officer.active && !onGroup.includes(officer.id))
      .map((officer) => ({ value: officer.id, text: `${officer.name} (${link.agency.name})` })),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = choices.find((choice) => choice.value === officerId)?.text ?? 'The officer';
    const added = await submission.submit(
      { officerId: officerId ? undefined : 'Select the officer to add' },
      async () => {
        await add({ variables: { groupId, version, officerId } });
      },
    );
    if (added) {
      setOfficerId('');
      onAdded(name);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add an officer">
      <FormProblems submission={submission} fields={{ officerId: 'add-officerId' }} />
      <Select
        id="add-officerId"
        label="Officer"
        hint="Officers of the member agencies"
        value={officerId}
        onChange={setOfficerId}
        emptyOption="Choose an officer"
        options={choices}
        error={submission.fieldErrors['officerId']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Add officer
      </Button>
    </form>
  );
}

/** Who is in the group: member agencies (their officers see it) and the named officers who sit on it. */
export function GroupMembers({
  groupId,
  version,
  leadAgencyId,
  agencies,
  officers,
  mayEdit,
  onChanged,
  notice,
}: GroupMembersProps) {
  const [removeAgency] = useMutation(RemoveAgencyMutation);
  const [removeOfficer] = useMutation(RemoveOfficerMutation);
  const agencyName = (id: string) => agencies.find((link) => link.agency.id === id)?.agency.name ?? '';
  return (
    <section aria-labelledby="members-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="members-heading">
        Members
      </h2>
      <Table
        caption="Member agencies"
        captionSize="s"
        columns={[
          { text: 'Agency' },
          { text: 'Type' },
          ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
        ]}
        rows={agencies.map((link) => ({
          key: link.id,
          cells: [
            <>
              {link.agency.name}
              {link.agency.id === leadAgencyId && (
                <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-2">Lead</strong>
              )}
            </>,
            AGENCY_TYPE_LABELS[link.agency.type],
            ...(mayEdit
              ? [
                  link.agency.id === leadAgencyId ? (
                    ''
                  ) : (
                    <UnlinkButton
                      label="Remove"
                      what={link.agency.name}
                      unlink={() => removeAgency({ variables: { groupId, version, agencyId: link.agency.id } })}
                      onDone={(problem) =>
                        onChanged(
                          problem
                            ? notice('problem', problem)
                            : notice('success', `${link.agency.name} has left the group`),
                        )
                      }
                    />
                  ),
                ]
              : []),
          ],
        }))}
      />
      {officers.length === 0 ? (
        <p className="govuk-body">No officers named on the group yet.</p>
      ) : (
        <Table
          caption="Officers on the group"
          captionSize="s"
          columns={[
            { text: 'Officer' },
            { text: 'Agency' },
            ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
          ]}
          rows={officers.map((link) => ({
            key: link.id,
            cells: [
              <>
                {link.officer.name}
                {link.officer.jobTitle && <span className="lantern-secondary-text">, {link.officer.jobTitle}</span>}
              </>,
              agencyName(link.officer.agencyId),
              ...(mayEdit
                ? [
                    <UnlinkButton
                      label="Remove"
                      what={link.officer.name}
                      unlink={() => removeOfficer({ variables: { groupId, version, officerId: link.officer.id } })}
                      onDone={(problem) =>
                        onChanged(
                          problem
                            ? notice('problem', problem)
                            : notice('success', `${link.officer.name} has left the group`),
                        )
                      }
                    />,
                  ]
                : []),
            ],
          }))}
        />
      )}
      {mayEdit && (
        <>
          <Details summary="Add a member agency">
            <AddAgencyForm
              groupId={groupId}
              version={version}
              members={agencies.map((link) => link.agency.id)}
              onAdded={(name) => onChanged(notice('success', `${name} has joined the group`))}
            />
          </Details>
          <Details summary="Add an officer">
            <AddOfficerForm
              groupId={groupId}
              version={version}
              agencies={agencies}
              onGroup={officers.map((link) => link.officer.id)}
              onAdded={(name) => onChanged(notice('success', `${name} has joined the group`))}
            />
          </Details>
        </>
      )}
    </section>
  );
}
