import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { PremisesStatus } from '@lantern/shared/domain';
import { Details, Table } from '@lantern/web/ui';
import { apiProblemOf, graphql } from '@lantern/web/graphql';
import {
  PremisesFinder,
  PremisesStatusTag,
  UnlinkButton,
  type FoundPremises,
  type SectionNotice,
} from '@lantern/web/premises';

const AddPremisesMutation = graphql(`
  mutation AddPremisesToGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {
    addPremisesToGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {
      id
      version
    }
  }
`);
const RemovePremisesMutation = graphql(`
  mutation RemovePremisesFromGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {
    removePremisesFromGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {
      id
      version
    }
  }
`);

export interface TargetPremises {
  id: string;
  name: string;
  addressLine1: string;
  postcode: string;
  status: PremisesStatus;
}

interface GroupPremisesProps {
  groupId: string;
  version: number;
  premises: TargetPremises[];
  mayEdit: boolean;
  onChanged: (notice: SectionNotice) => void;
  notice: (kind: 'success' | 'problem', message: string) => SectionNotice;
}

/** The premises the group targets; adding one shares it with every member agency. */
export function GroupPremises({ groupId, version, premises, mayEdit, onChanged, notice }: GroupPremisesProps) {
  const [add] = useMutation(AddPremisesMutation);
  const [remove] = useMutation(RemovePremisesMutation);
  const addOne = async (added: FoundPremises) => {
    try {
      await add({ variables: { groupId, version, premisesId: added.id } });
      onChanged(notice('success', `${added.name} is now a target of the group`));
    } catch (error) {
      onChanged(notice('problem', apiProblemOf(error).message));
    }
  };
  return (
    <section aria-labelledby="premises-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="premises-heading">
        Target premises
      </h2>
      <Table
        caption="Premises the group targets"
        captionHidden
        columns={[
          { text: 'Premises' },
          { text: 'Postcode' },
          { text: 'Status' },
          ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
        ]}
        rows={premises.map((target) => ({
          key: target.id,
          cells: [
            <Link className="govuk-link" to={`/premises/${target.id}`}>
              {target.name}
            </Link>,
            target.postcode,
            <PremisesStatusTag status={target.status} />,
            ...(mayEdit
              ? [
                  premises.length === 1 ? (
                    ''
                  ) : (
                    <UnlinkButton
                      label="Remove"
                      what={target.name}
                      unlink={() => remove({ variables: { groupId, version, premisesId: target.id } })}
                      onDone={(problem) =>
                        onChanged(
                          problem
                            ? notice('problem', problem)
                            : notice('success', `${target.name} is no longer a target`),
                        )
                      }
                    />
                  ),
                ]
              : []),
          ],
        }))}
      />
      {mayEdit && (
        <Details summary="Add a premises">
          <PremisesFinder
            id="add-premises-search"
            label="Find a premises to add"
            actionLabel="Add"
            excludeIds={premises.map((target) => target.id)}
            onChoose={(added) => void addOne(added)}
          />
        </Details>
      )}
    </section>
  );
}
