import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { AGENCY_TYPE_LABELS } from '@lantern/shared/domain';
import { Button, Details, Select, Table } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { sectionNotice, SectionNoticeBanner, type SectionNotice } from './section-notice';
import { UnlinkButton } from './unlink-button';

const AgencyChoicesQuery = graphql(`
  query AgencyChoices {
    agencies {
      id
      name
    }
  }
`);

const ShareMutation = graphql(`
  mutation SharePremisesWithAgency($premisesId: ID!, $agencyId: ID!) {
    sharePremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId) {
      id
    }
  }
`);

const StopSharingMutation = graphql(`
  mutation StopSharingPremisesWithAgency($premisesId: ID!, $agencyId: ID!) {
    stopSharingPremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId)
  }
`);

export interface AgencyTakingPart {
  id: string;
  agency: { id: string; name: string; type: keyof typeof AGENCY_TYPE_LABELS };
}

const FIELDS = { agencyId: 'share-agencyId' };

function ShareForm({
  premisesId,
  taking,
  onShared,
}: {
  premisesId: string;
  taking: string[];
  onShared: (message: string) => void;
}) {
  const [agencyId, setAgencyId] = useState('');
  const submission = useFormSubmission();
  const { data } = useQuery(AgencyChoicesQuery);
  const [share] = useMutation(ShareMutation);
  const choices = (data?.agencies ?? []).filter((agency) => !taking.includes(agency.id));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(
      { agencyId: agencyId ? undefined : 'Select the agency to share this premises with' },
      async () => {
        await share({ variables: { premisesId, agencyId } });
        setAgencyId('');
        onShared(`${choices.find((agency) => agency.id === agencyId)?.name ?? 'The agency'} now takes part`);
      },
    );
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Share with another agency">
      <FormProblems submission={submission} fields={FIELDS} />
      <Select
        id={FIELDS.agencyId}
        label="Agency"
        hint="Its officers will see this premises and the people, vehicles and businesses linked to it. Sharing is recorded in the audit log."
        value={agencyId}
        onChange={setAgencyId}
        emptyOption="Choose an agency"
        options={choices.map((agency) => ({ value: agency.id, text: agency.name }))}
        error={submission.fieldErrors['agencyId']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Share premises
      </Button>
    </form>
  );
}

interface AgenciesTakingPartProps {
  premisesId: string;
  agencies: AgencyTakingPart[];
  mayEdit: boolean;
  onChanged: () => Promise<unknown>;
}

/** The agencies taking part in the work on the premises: agency officers see only premises their agency takes part in. */
export function AgenciesTakingPart({ premisesId, agencies, mayEdit, onChanged }: AgenciesTakingPartProps) {
  const [notice, setNotice] = useState<SectionNotice>(null);
  const [stopSharing] = useMutation(StopSharingMutation);
  return (
    <section aria-labelledby="agencies-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="agencies-heading">
        Agencies taking part
      </h2>
      <SectionNoticeBanner notice={notice} />
      {agencies.length === 0 ? (
        <p className="govuk-body">
          No agency takes part yet: only coordinators, intelligence officers and administrators can see this premises.
        </p>
      ) : (
        <Table
          caption="Agencies taking part in the work on this premises"
          captionHidden
          columns={[
            { text: 'Agency' },
            { text: 'Type' },
            ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
          ]}
          rows={agencies.map((link) => ({
            key: link.id,
            cells: [
              link.agency.name,
              AGENCY_TYPE_LABELS[link.agency.type],
              ...(mayEdit
                ? [
                    <UnlinkButton
                      label="Stop sharing"
                      what={`with ${link.agency.name}`}
                      unlink={() => stopSharing({ variables: { premisesId, agencyId: link.agency.id } })}
                      onDone={(problem) => {
                        setNotice(
                          problem
                            ? sectionNotice('problem', problem)
                            : sectionNotice('success', `${link.agency.name} no longer takes part`),
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
        <Details summary="Share with another agency">
          <ShareForm
            premisesId={premisesId}
            taking={agencies.map((link) => link.agency.id)}
            onShared={(message) => {
              setNotice(sectionNotice('success', message));
              void onChanged();
            }}
          />
        </Details>
      )}
    </section>
  );
}
