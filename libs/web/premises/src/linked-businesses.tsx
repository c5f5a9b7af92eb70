import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { blankToNull, optionalText, requiredText } from '@lantern/shared/domain';
import { Button, Details, Table, TextInput } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { sectionNotice, SectionNoticeBanner, type SectionNotice } from './section-notice';
import { UnlinkButton } from './unlink-button';

const LinkBusinessMutation = graphql(`
  mutation LinkBusinessToPremises($premisesId: ID!, $input: LinkBusinessInput!) {
    linkBusinessToPremises(premisesId: $premisesId, input: $input) {
      id
      business {
        id
        name
      }
    }
  }
`);

const UnlinkBusinessMutation = graphql(`
  mutation UnlinkBusinessFromPremises($linkId: ID!) {
    unlinkBusinessFromPremises(linkId: $linkId)
  }
`);

export interface LinkedBusiness {
  id: string;
  relationship: string;
  business: { id: string; name: string; companyNumber: string | null };
}

const EMPTY = { name: '', companyNumber: '', relationship: '' };
type BusinessValues = typeof EMPTY;
const FIELDS: Record<keyof BusinessValues, string> = {
  name: 'business-name',
  companyNumber: 'business-companyNumber',
  relationship: 'business-relationship',
};

function LinkBusinessForm({ premisesId, onLinked }: { premisesId: string; onLinked: (message: string) => void }) {
  const [values, setValues] = useState(EMPTY);
  const submission = useFormSubmission();
  const [linkBusiness] = useMutation(LinkBusinessMutation);
  const set = (field: keyof BusinessValues) => (value: string) => setValues({ ...values, [field]: value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      name: requiredText(values.name, 'the business name', 200) ?? undefined,
      relationship: optionalText(values.relationship, 'relationship', 100) ?? undefined,
    };
    await submission.submit(problems, async () => {
      const { data } = await linkBusiness({
        variables: {
          premisesId,
          input: {
            name: values.name.trim(),
            companyNumber: blankToNull(values.companyNumber)?.toUpperCase() ?? null,
            relationship: blankToNull(values.relationship),
          },
        },
      });
      setValues(EMPTY);
      onLinked(`${data?.linkBusinessToPremises.business.name ?? 'The business'} has been linked`);
    });
  };
  const errors = submission.fieldErrors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Link a business">
      <FormProblems submission={submission} fields={FIELDS} />
      <TextInput
        id={FIELDS.name}
        label="Business name"
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
      />
      <TextInput
        id={FIELDS.companyNumber}
        label="Company number (optional)"
        hint="8 letters and numbers from Companies House, like 01234567 or SC123456"
        width="10"
        uppercase
        spellCheck={false}
        value={values.companyNumber}
        onChange={set('companyNumber')}
        error={errors['companyNumber']}
      />
      <TextInput
        id={FIELDS.relationship}
        label="Relationship to the premises (optional)"
        hint="For example, operator, leaseholder or freeholder"
        value={values.relationship}
        onChange={set('relationship')}
        error={errors['relationship']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Link business
      </Button>
    </form>
  );
}

interface LinkedBusinessesProps {
  premisesId: string;
  businesses: LinkedBusiness[];
  mayEdit: boolean;
  onChanged: () => Promise<unknown>;
}

/** Businesses that operate, own or lease the premises. */
export function LinkedBusinesses({ premisesId, businesses, mayEdit, onChanged }: LinkedBusinessesProps) {
  const [notice, setNotice] = useState<SectionNotice>(null);
  const [unlinkBusiness] = useMutation(UnlinkBusinessMutation);
  return (
    <section aria-labelledby="businesses-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="businesses-heading">
        Businesses
      </h2>
      <SectionNoticeBanner notice={notice} />
      {businesses.length === 0 ? (
        <p className="govuk-body">No businesses are linked to this premises.</p>
      ) : (
        <Table
          caption="Businesses linked to this premises"
          captionHidden
          columns={[
            { text: 'Name' },
            { text: 'Company number' },
            { text: 'Relationship' },
            ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
          ]}
          rows={businesses.map((link) => ({
            key: link.id,
            cells: [
              link.business.name,
              link.business.companyNumber ?? <span className="lantern-secondary-text">Not known</span>,
              link.relationship,
              ...(mayEdit
                ? [
                    <UnlinkButton
                      what={link.business.name}
                      unlink={() => unlinkBusiness({ variables: { linkId: link.id } })}
                      onDone={(problem) => {
                        setNotice(
                          problem
                            ? sectionNotice('problem', problem)
                            : sectionNotice('success', `${link.business.name} has been unlinked`),
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
        <Details summary="Link a business">
          <LinkBusinessForm
            premisesId={premisesId}
            onLinked={(message) => {
              setNotice(sectionNotice('success', message));
              void onChanged();
            }}
          />
        </Details>
      )}
    </section>
  );
}
