import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { blankToNull, normaliseRegistration, optionalText, registrationProblem } from '@lantern/shared/domain';
import { Button, Details, Table, Textarea, TextInput } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { sectionNotice, SectionNoticeBanner, type SectionNotice } from './section-notice';
import { UnlinkButton } from './unlink-button';

const LinkVehicleMutation = graphql(`
  mutation LinkVehicleToPremises($premisesId: ID!, $input: LinkVehicleInput!) {
    linkVehicleToPremises(premisesId: $premisesId, input: $input) {
      id
      vehicle {
        id
        registration
      }
    }
  }
`);

const UnlinkVehicleMutation = graphql(`
  mutation UnlinkVehicleFromPremises($linkId: ID!) {
    unlinkVehicleFromPremises(linkId: $linkId)
  }
`);

export interface LinkedVehicle {
  id: string;
  notes: string;
  vehicle: { id: string; registration: string; make: string | null; model: string | null; colour: string | null };
}

const EMPTY = { registration: '', make: '', model: '', colour: '', notes: '' };
type VehicleValues = typeof EMPTY;
const FIELDS: Record<keyof VehicleValues, string> = {
  registration: 'vehicle-registration',
  make: 'vehicle-make',
  model: 'vehicle-model',
  colour: 'vehicle-colour',
  notes: 'vehicle-notes',
};

function LinkVehicleForm({ premisesId, onLinked }: { premisesId: string; onLinked: (message: string) => void }) {
  const [values, setValues] = useState(EMPTY);
  const submission = useFormSubmission();
  const [linkVehicle] = useMutation(LinkVehicleMutation);
  const set = (field: keyof VehicleValues) => (value: string) => setValues({ ...values, [field]: value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      registration: registrationProblem(values.registration) ?? undefined,
      make: optionalText(values.make, 'make', 60) ?? undefined,
      model: optionalText(values.model, 'model', 60) ?? undefined,
      colour: optionalText(values.colour, 'colour', 40) ?? undefined,
      notes: optionalText(values.notes, 'notes', 2000) ?? undefined,
    };
    await submission.submit(problems, async () => {
      const { data } = await linkVehicle({
        variables: {
          premisesId,
          input: {
            registration: normaliseRegistration(values.registration),
            make: blankToNull(values.make),
            model: blankToNull(values.model),
            colour: blankToNull(values.colour),
            notes: blankToNull(values.notes),
          },
        },
      });
      setValues(EMPTY);
      onLinked(`${data?.linkVehicleToPremises.vehicle.registration ?? 'The vehicle'} has been linked`);
    });
  };
  const errors = submission.fieldErrors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Link a vehicle">
      <FormProblems submission={submission} fields={FIELDS} />
      <TextInput
        id={FIELDS.registration}
        label="Registration number"
        hint="For example, AB12 CDE"
        width="10"
        uppercase
        spellCheck={false}
        autoComplete="off"
        value={values.registration}
        onChange={set('registration')}
        error={errors['registration']}
      />
      <TextInput
        id={FIELDS.make}
        label="Make (optional)"
        width="20"
        value={values.make}
        onChange={set('make')}
        error={errors['make']}
      />
      <TextInput
        id={FIELDS.model}
        label="Model (optional)"
        width="20"
        value={values.model}
        onChange={set('model')}
        error={errors['model']}
      />
      <TextInput
        id={FIELDS.colour}
        label="Colour (optional)"
        width="20"
        value={values.colour}
        onChange={set('colour')}
        error={errors['colour']}
      />
      <Textarea
        id={FIELDS.notes}
        label="Notes (optional)"
        hint="For example, when and where it was seen"
        rows={3}
        value={values.notes}
        onChange={set('notes')}
        error={errors['notes']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Link vehicle
      </Button>
    </form>
  );
}

interface LinkedVehiclesProps {
  premisesId: string;
  vehicles: LinkedVehicle[];
  mayEdit: boolean;
  onChanged: () => Promise<unknown>;
}

/** Vehicles seen at or linked to the premises. */
export function LinkedVehicles({ premisesId, vehicles, mayEdit, onChanged }: LinkedVehiclesProps) {
  const [notice, setNotice] = useState<SectionNotice>(null);
  const [unlinkVehicle] = useMutation(UnlinkVehicleMutation);
  return (
    <section aria-labelledby="vehicles-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="vehicles-heading">
        Vehicles
      </h2>
      <SectionNoticeBanner notice={notice} />
      {vehicles.length === 0 ? (
        <p className="govuk-body">No vehicles are linked to this premises.</p>
      ) : (
        <Table
          caption="Vehicles linked to this premises"
          captionHidden
          columns={[
            { text: 'Registration' },
            { text: 'Vehicle' },
            { text: 'Notes' },
            ...(mayEdit ? [{ text: 'Actions', visuallyHidden: true }] : []),
          ]}
          rows={vehicles.map((link) => ({
            key: link.id,
            cells: [
              <span className="lantern-nowrap">{link.vehicle.registration}</span>,
              [link.vehicle.colour, link.vehicle.make, link.vehicle.model].filter(Boolean).join(' ') || (
                <span className="lantern-secondary-text">Not recorded</span>
              ),
              link.notes,
              ...(mayEdit
                ? [
                    <UnlinkButton
                      what={link.vehicle.registration}
                      unlink={() => unlinkVehicle({ variables: { linkId: link.id } })}
                      onDone={(problem) => {
                        setNotice(
                          problem
                            ? sectionNotice('problem', problem)
                            : sectionNotice('success', `${link.vehicle.registration} has been unlinked`),
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
        <Details summary="Link a vehicle">
          <LinkVehicleForm
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
