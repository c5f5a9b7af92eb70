import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AGENCY_TYPE_LABELS,
  ENTRY_RIGHT_LABELS,
  type AgencyType,
  type AttendanceResponse,
  type EntryRight,
} from '@lantern/shared/domain';
import {
  Button,
  Checkbox,
  ErrorMessage,
  FormGroup,
  Hint,
  Label,
  Select,
  SummaryList,
  TextInput,
  classNames,
} from '@lantern/web/ui';
import { apiProblemOf, FormProblems, graphql } from '@lantern/web/graphql';
import { PlanConflictHelp, PlanNoticeBanner, usePlanChange, type PlanContext } from './plan-change';
import { AttendanceTag } from './visit-status-tag';

const AddAgencyMutation = graphql(`
  mutation AddVisitAgency($visitPlanId: ID!, $version: Int!, $agencyId: ID!, $entersPremises: Boolean!) {
    addVisitAgency(visitPlanId: $visitPlanId, version: $version, agencyId: $agencyId, entersPremises: $entersPremises) {
      id
      version
    }
  }
`);
const RemoveAgencyMutation = graphql(`
  mutation RemoveVisitAgency($visitPlanId: ID!, $version: Int!, $agencyId: ID!) {
    removeVisitAgency(visitPlanId: $visitPlanId, version: $version, agencyId: $agencyId) {
      id
      version
    }
  }
`);
const SetEntryMutation = graphql(`
  mutation SetVisitAgencyEntry($visitPlanId: ID!, $version: Int!, $agencyId: ID!, $entersPremises: Boolean!) {
    setVisitAgencyEntry(
      visitPlanId: $visitPlanId
      version: $version
      agencyId: $agencyId
      entersPremises: $entersPremises
    ) {
      id
      version
    }
  }
`);
const AddOfficerMutation = graphql(`
  mutation AddVisitOfficer($visitPlanId: ID!, $version: Int!, $officerId: ID!) {
    addVisitOfficer(visitPlanId: $visitPlanId, version: $version, officerId: $officerId) {
      id
      version
    }
  }
`);
const RemoveOfficerMutation = graphql(`
  mutation RemoveVisitOfficer($visitPlanId: ID!, $version: Int!, $visitOfficerId: ID!) {
    removeVisitOfficer(visitPlanId: $visitPlanId, version: $version, visitOfficerId: $visitOfficerId) {
      id
      version
    }
  }
`);
const AddPowerMutation = graphql(`
  mutation AddVisitPower($visitPlanId: ID!, $version: Int!, $agencyId: ID!, $powerId: ID!, $purpose: String) {
    addVisitPower(
      visitPlanId: $visitPlanId
      version: $version
      agencyId: $agencyId
      powerId: $powerId
      purpose: $purpose
    ) {
      id
      version
    }
  }
`);
const RemovePowerMutation = graphql(`
  mutation RemoveVisitPower($visitPlanId: ID!, $version: Int!, $visitPowerId: ID!) {
    removeVisitPower(visitPlanId: $visitPlanId, version: $version, visitPowerId: $visitPowerId) {
      id
      version
    }
  }
`);
const RespondMutation = graphql(`
  mutation RespondToVisit($visitOfficerId: ID!, $response: AttendanceResponse!) {
    respondToVisit(visitOfficerId: $visitOfficerId, response: $response) {
      id
      response
      respondedAt
    }
  }
`);

export interface AttendingAgency {
  id: string;
  agencyId: string;
  entersPremises: boolean;
  agency: { id: string; name: string; type: AgencyType };
  officers: {
    id: string;
    agencyId: string;
    response: AttendanceResponse;
    responseNote: string;
    officer: { id: string; name: string; jobTitle?: string | null };
  }[];
  powers: { id: string; purpose: string; power: { id: string; name: string; legalBasis: string; entry: EntryRight } }[];
}

/** For coordinators: the group's member agencies and their officers, and the powers catalogue. */
export interface PlanChoices {
  agencies: {
    id: string;
    name: string;
    type: AgencyType;
    officers: { id: string; name: string; jobTitle?: string | null; active: boolean }[];
  }[];
  powers: { id: string; name: string; legalBasis: string; holderAgencyTypes: AgencyType[] }[];
}

interface AttendingAgenciesProps {
  plan: PlanContext;
  agencies: AttendingAgency[];
  choices: PlanChoices | null;
  mayEdit: boolean;
  /** Whether the signed-in user may answer for an officer of this agency. */
  mayRespondFor: (agencyId: string) => boolean;
}

/** Who attends: per agency, whether it goes in, its officers and their answers, and the powers it will use. */
export function AttendingAgencies({ plan, agencies, choices, mayEdit, mayRespondFor }: AttendingAgenciesProps) {
  const editing = mayEdit && !plan.finished;
  return (
    <section aria-labelledby="attending-agencies-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="attending-agencies-heading">
        Attending agencies
      </h2>
      {agencies.length === 0 && <p className="govuk-body">No agency attends yet.</p>}
      {agencies.map((attending) => (
        <AgencySection
          key={attending.id}
          plan={plan}
          attending={attending}
          choices={choices}
          editing={editing}
          mayRespond={!plan.finished && mayRespondFor(attending.agencyId)}
        />
      ))}
      {editing && choices && (
        <AddAgencyForm
          plan={plan}
          choices={choices.agencies.filter((agency) => !agencies.some((a) => a.agencyId === agency.id))}
        />
      )}
    </section>
  );
}

function AgencySection({
  plan,
  attending,
  choices,
  editing,
  mayRespond,
}: {
  plan: PlanContext;
  attending: AttendingAgency;
  choices: PlanChoices | null;
  editing: boolean;
  mayRespond: boolean;
}) {
  const { agency } = attending;
  const headingId = `agency-${attending.id}-heading`;
  const { submission, notice, change } = usePlanChange(plan);
  const [setEntry] = useMutation(SetEntryMutation);
  const [removeAgency] = useMutation(RemoveAgencyMutation);
  const [removeOfficer] = useMutation(RemoveOfficerMutation);
  const [removePower] = useMutation(RemovePowerMutation);
  const variables = { visitPlanId: plan.id, version: plan.version, agencyId: attending.agencyId };
  return (
    <section aria-labelledby={headingId} className="lantern-visit-agency govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-m govuk-!-font-size-24" id={headingId}>
        {agency.name}
      </h3>
      <PlanNoticeBanner notice={notice} />
      <FormProblems submission={submission} fields={{}} conflictHelp={<PlanConflictHelp plan={plan} />} />
      <SummaryList
        rows={[
          { key: 'Type', value: AGENCY_TYPE_LABELS[agency.type] },
          {
            key: 'Entry',
            value: attending.entersPremises ? 'Its officers will enter the premises' : 'Its officers will stay outside',
          },
        ]}
      />
      {editing && (
        <div className="govuk-button-group">
          <Button
            type="button"
            variant="secondary"
            small
            disabled={submission.submitting}
            onClick={() =>
              void change(
                {},
                () => setEntry({ variables: { ...variables, entersPremises: !attending.entersPremises } }),
                attending.entersPremises
                  ? `${agency.name} will stay outside`
                  : `${agency.name} will enter the premises`,
              )
            }
          >
            {attending.entersPremises ? 'Will stay outside' : 'Will enter the premises'}
            <span className="govuk-visually-hidden"> ({agency.name})</span>
          </Button>
          <Button
            type="button"
            variant="warning"
            small
            disabled={submission.submitting}
            onClick={() => void change({}, () => removeAgency({ variables }), `${agency.name} no longer attends`)}
          >
            Remove agency<span className="govuk-visually-hidden"> {agency.name}</span>
          </Button>
        </div>
      )}

      <h4 className="govuk-heading-s">Officers</h4>
      {attending.officers.length === 0 ? (
        <p className="govuk-body">No officers asked to attend yet.</p>
      ) : (
        <ul className="lantern-card-list">
          {attending.officers.map((row) => (
            <li key={row.id}>
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{row.officer.name}</strong>
                {row.officer.jobTitle ? `, ${row.officer.jobTitle}` : ''} <AttendanceTag response={row.response} />
              </p>
              {row.responseNote && <p className="govuk-body-s lantern-preserve-lines">{row.responseNote}</p>}
              <div className="govuk-button-group govuk-!-margin-bottom-0">
                {mayRespond && (
                  <RespondButtons
                    officerRowId={row.id}
                    name={row.officer.name}
                    response={row.response}
                    onDone={plan.reload}
                  />
                )}
                {editing && (
                  <Button
                    type="button"
                    variant="warning"
                    small
                    disabled={submission.submitting}
                    onClick={() =>
                      void change(
                        {},
                        () =>
                          removeOfficer({
                            variables: { visitPlanId: plan.id, version: plan.version, visitOfficerId: row.id },
                          }),
                        `${row.officer.name} is no longer asked to attend`,
                      )
                    }
                  >
                    Remove<span className="govuk-visually-hidden"> {row.officer.name}</span>
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && choices && (
        <AddOfficerForm
          plan={plan}
          attending={attending}
          officers={(choices.agencies.find((a) => a.id === attending.agencyId)?.officers ?? []).filter(
            (officer) => officer.active && !attending.officers.some((row) => row.officer.id === officer.id),
          )}
        />
      )}

      <h4 className="govuk-heading-s">Powers it will use</h4>
      {attending.powers.length === 0 ? (
        <p className="govuk-body">No powers planned yet.</p>
      ) : (
        <ul className="lantern-card-list">
          {attending.powers.map((row) => (
            <li key={row.id}>
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{row.power.name}</strong>
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">{row.power.legalBasis}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">Entry: {ENTRY_RIGHT_LABELS[row.power.entry]}</p>
              {row.purpose && <p className="govuk-body-s lantern-preserve-lines">Purpose: {row.purpose}</p>}
              {editing && (
                <Button
                  type="button"
                  variant="warning"
                  small
                  disabled={submission.submitting}
                  onClick={() =>
                    void change(
                      {},
                      () =>
                        removePower({
                          variables: { visitPlanId: plan.id, version: plan.version, visitPowerId: row.id },
                        }),
                      `“${row.power.name}” removed`,
                    )
                  }
                >
                  Remove<span className="govuk-visually-hidden"> {row.power.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing && choices && <AddPowerForm plan={plan} attending={attending} powers={choices.powers} />}
    </section>
  );
}

function RespondButtons({
  officerRowId,
  name,
  response,
  onDone,
}: {
  officerRowId: string;
  name: string;
  response: AttendanceResponse;
  onDone: () => Promise<unknown>;
}) {
  const [respond] = useMutation(RespondMutation);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const answer = async (value: AttendanceResponse) => {
    setBusy(true);
    setProblem(null);
    try {
      await respond({ variables: { visitOfficerId: officerRowId, response: value } });
      await onDone();
    } catch (error) {
      setProblem(apiProblemOf(error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {response !== 'CONFIRMED' && (
        <Button type="button" small disabled={busy} onClick={() => void answer('CONFIRMED')}>
          Confirm attendance<span className="govuk-visually-hidden"> for {name}</span>
        </Button>
      )}
      {response !== 'DECLINED' && (
        <Button type="button" variant="secondary" small disabled={busy} onClick={() => void answer('DECLINED')}>
          Decline<span className="govuk-visually-hidden"> for {name}</span>
        </Button>
      )}
    </>
  );
}

function AddOfficerForm({
  plan,
  attending,
  officers,
}: {
  plan: PlanContext;
  attending: AttendingAgency;
  officers: PlanChoices['agencies'][number]['officers'];
}) {
  const [officerId, setOfficerId] = useState('');
  const { submission, notice, change } = usePlanChange(plan);
  const [addOfficer] = useMutation(AddOfficerMutation);
  const fieldId = `add-officer-${attending.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = officers.find((officer) => officer.id === officerId)?.name ?? 'The officer';
    if (
      await change(
        { officerId: officerId ? undefined : 'Select the officer to ask' },
        () => addOfficer({ variables: { visitPlanId: plan.id, version: plan.version, officerId } }),
        `${name} asked to attend`,
      )
    )
      setOfficerId('');
  };
  if (officers.length === 0)
    return <p className="govuk-body-s">Every active officer of {attending.agency.name} is already asked to attend.</p>;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <PlanNoticeBanner notice={notice} />
      <FormProblems
        submission={submission}
        fields={{ officerId: fieldId }}
        conflictHelp={<PlanConflictHelp plan={plan} />}
      />
      <Select
        id={fieldId}
        label={`Ask an officer of ${attending.agency.name} to attend`}
        value={officerId}
        onChange={setOfficerId}
        emptyOption="Choose an officer"
        options={officers.map((officer) => ({
          value: officer.id,
          text: officer.jobTitle ? `${officer.name}, ${officer.jobTitle}` : officer.name,
        }))}
        error={submission.fieldErrors['officerId']}
      />
      <Button variant="secondary" small disabled={submission.submitting}>
        Ask to attend
      </Button>
    </form>
  );
}

function AddPowerForm({
  plan,
  attending,
  powers,
}: {
  plan: PlanContext;
  attending: AttendingAgency;
  powers: PlanChoices['powers'];
}) {
  const [powerId, setPowerId] = useState('');
  const [purpose, setPurpose] = useState('');
  const { submission, notice, change } = usePlanChange(plan);
  const [addPower] = useMutation(AddPowerMutation);
  const fieldId = `add-power-${attending.id}`;
  const planned = new Set(attending.powers.map((row) => row.power.id));
  const available = powers.filter((power) => !planned.has(power.id));
  const held = available.filter((power) => power.holderAgencyTypes.includes(attending.agency.type));
  const others = available.filter((power) => !power.holderAgencyTypes.includes(attending.agency.type));
  const error = submission.fieldErrors['powerId'];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = available.find((power) => power.id === powerId)?.name ?? 'The power';
    const problems = {
      powerId: powerId ? undefined : 'Select the power',
      purpose: purpose.trim().length > 1000 ? 'The purpose must be 1000 characters or fewer' : undefined,
    };
    if (
      await change(
        problems,
        () =>
          addPower({
            variables: {
              visitPlanId: plan.id,
              version: plan.version,
              agencyId: attending.agencyId,
              powerId,
              purpose: purpose.trim() || null,
            },
          }),
        `“${name}” added for ${attending.agency.name}`,
      )
    ) {
      setPowerId('');
      setPurpose('');
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <PlanNoticeBanner notice={notice} />
      <FormProblems
        submission={submission}
        fields={{ powerId: fieldId, purpose: `${fieldId}-purpose` }}
        conflictHelp={<PlanConflictHelp plan={plan} />}
      />
      <FormGroup error={error}>
        <Label htmlFor={fieldId}>Plan a power for {attending.agency.name}</Label>
        <Hint id={`${fieldId}-hint`}>
          Powers {AGENCY_TYPE_LABELS[attending.agency.type].toLowerCase()} agencies hold come first. You can choose
          another; the law checks will say why it may not fit.
        </Hint>
        {error && <ErrorMessage id={`${fieldId}-error`}>{error}</ErrorMessage>}
        <select
          className={classNames('govuk-select', error && 'govuk-select--error')}
          id={fieldId}
          name={fieldId}
          value={powerId}
          onChange={(event) => setPowerId(event.target.value)}
          aria-describedby={[`${fieldId}-hint`, error ? `${fieldId}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
        >
          <option value="">Choose a power</option>
          <optgroup label={`Held by ${AGENCY_TYPE_LABELS[attending.agency.type].toLowerCase()} agencies`}>
            {held.map((power) => (
              <option key={power.id} value={power.id}>
                {power.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other powers">
            {others.map((power) => (
              <option key={power.id} value={power.id}>
                {power.name}
              </option>
            ))}
          </optgroup>
        </select>
      </FormGroup>
      <TextInput
        id={`${fieldId}-purpose`}
        label="Purpose (optional)"
        hint="What the agency will use it for at this visit"
        value={purpose}
        onChange={setPurpose}
        error={submission.fieldErrors['purpose']}
      />
      <Button variant="secondary" small disabled={submission.submitting}>
        Add power
      </Button>
    </form>
  );
}

function AddAgencyForm({ plan, choices }: { plan: PlanContext; choices: PlanChoices['agencies'] }) {
  const [agencyId, setAgencyId] = useState('');
  const [entersPremises, setEntersPremises] = useState(true);
  const { submission, notice, change } = usePlanChange(plan);
  const [addAgency] = useMutation(AddAgencyMutation);
  if (choices.length === 0) return <p className="govuk-body">Every member agency of the group attends.</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = choices.find((agency) => agency.id === agencyId)?.name ?? 'The agency';
    if (
      await change(
        { agencyId: agencyId ? undefined : 'Select the agency' },
        () => addAgency({ variables: { visitPlanId: plan.id, version: plan.version, agencyId, entersPremises } }),
        `${name} will attend`,
      )
    )
      setAgencyId('');
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add an attending agency">
      <h3 className="govuk-heading-s">Add an attending agency</h3>
      <PlanNoticeBanner notice={notice} />
      <FormProblems
        submission={submission}
        fields={{ agencyId: 'add-agency' }}
        conflictHelp={<PlanConflictHelp plan={plan} />}
      />
      <Select
        id="add-agency"
        label="Agency"
        hint="Member agencies of the group that are not attending yet"
        value={agencyId}
        onChange={setAgencyId}
        emptyOption="Choose an agency"
        options={choices.map((agency) => ({ value: agency.id, text: agency.name }))}
        error={submission.fieldErrors['agencyId']}
      />
      <Checkbox
        id="add-agency-enters"
        label="Its officers will enter the premises"
        checked={entersPremises}
        onChange={setEntersPremises}
      />
      <Button variant="secondary" small disabled={submission.submitting}>
        Add agency
      </Button>
    </form>
  );
}
