import { useEffect, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import {
  GRADES,
  HANDLING_CODE_LABELS,
  HANDLING_CODES,
  hasThirdPartySource,
  INFORMATION_ACCURACY_LABELS,
  londonToday,
  SOURCE_RELIABILITY_LABELS,
  SOURCE_TYPE_LABELS,
  SOURCE_TYPES,
  THIRD_PARTY_ENGAGEMENT_LABELS,
  THIRD_PARTY_ENGAGEMENTS,
} from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  ButtonGroup,
  choicesFrom,
  DateInput,
  LoadingPage,
  PageHeading,
  Radios,
  Textarea,
  TextInput,
  usePageTitle,
} from '@lantern/web/ui';
import { FormProblems, useFormSubmission } from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';
import {
  clearDraft,
  emptyReportForm,
  readDraft,
  REPORT_FORM_FIELDS,
  reportFormProblems,
  reportInputFrom,
  writeDraft,
  type ReportFormValues,
} from './report-form-values';
import { ReportPremisesSearchQuery, SubmitInformationReportMutation } from './intelligence-documents';

const F = REPORT_FORM_FIELDS;
const session = (): Storage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);
const gradeChoices = (labels: Record<number, string>) => GRADES.map((g) => ({ value: String(g), text: labels[g] }));
const nowInLondon = () =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date());

/**
 * The information report (the Phoenix form), phone-first: any officer of any agency. What is typed is kept when a
 * submission fails, and as a draft in this tab until it is sent.
 */
export function SubmitReportPage() {
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const [values, setValuesState] = useState<ReportFormValues | null>(null);
  const [premisesText, setPremisesText] = useState('');
  const submission = useFormSubmission();
  const [submit] = useMutation(SubmitInformationReportMutation);
  const [searchPremises, premisesResults] = useLazyQuery(ReportPremisesSearchQuery);
  usePageTitle('Submit an information report', submission.hasErrors);

  useEffect(() => {
    if (values !== null) return;
    const storage = session();
    setValuesState((storage && readDraft(storage)) || emptyReportForm(londonToday(), nowInLondon()));
  }, [values]);
  if (!values || !user) return <LoadingPage what="form" />;

  const setValues = (next: ReportFormValues) => {
    setValuesState(next);
    const storage = session();
    if (storage) writeDraft(storage, next);
  };
  const set =
    <K extends keyof ReportFormValues>(field: K) =>
    (value: ReportFormValues[K]) =>
      setValues({ ...values, [field]: value });
  const thirdParty = hasThirdPartySource(values.sourceType || null);
  const found = (premisesResults.data?.searchPremises.items ?? []).filter(
    (p) => !values.premises.some((chosen) => chosen.id === p.id),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(reportFormProblems(values), async () => {
      const result = await submit({ variables: { input: reportInputFrom(values) } });
      const storage = session();
      if (storage) clearDraft(storage);
      navigate(`/reports/${result.data!.submitInformationReport.id}`, {
        state: { notice: 'Your information report has been sent to the specialist team' },
      });
    });
  };

  return (
    <>
      <BackLink to="/reports">Back to information reports</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={F} />
          <PageHeading>Submit an information report</PageHeading>
          <p className="govuk-body">
            If a child is at immediate risk of significant harm, call 999 now. This report goes to the specialist CSE
            team; the source’s identity is seen only by them.
          </p>
          <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Information report">
            <h2 className="govuk-heading-m">When</h2>
            <DateInput
              id={F.becameAwareAt}
              legend="Date you became aware of this information"
              value={values.awareOn}
              onChange={set('awareOn')}
              error={submission.fieldErrors['becameAwareAt']}
            />
            <TextInput
              id="awareTime"
              label="Time you became aware"
              hint="24-hour clock, like 21:30"
              width="5"
              inputMode="numeric"
              value={values.awareTime}
              onChange={set('awareTime')}
            />
            <DateInput
              id={F.incidentAt}
              legend="Date of the incident (if different)"
              value={values.incidentOn}
              onChange={set('incidentOn')}
              error={submission.fieldErrors['incidentAt']}
            />
            <TextInput
              id="incidentTime"
              label="Time of the incident (if known)"
              width="5"
              inputMode="numeric"
              value={values.incidentTime}
              onChange={set('incidentTime')}
            />
            <h2 className="govuk-heading-m">You</h2>
            <p className="govuk-body">{user.displayName}. Only the specialist team sees your contact details.</p>
            <TextInput
              id={F.referrerJobTitle}
              label="Your job title"
              value={values.referrerJobTitle}
              onChange={set('referrerJobTitle')}
              error={submission.fieldErrors['referrerJobTitle']}
            />
            <TextInput
              id={F.referrerContact}
              label="Your contact details"
              hint="A telephone number or email address the team can reach you on"
              value={values.referrerContact}
              onChange={set('referrerContact')}
              error={submission.fieldErrors['referrerContact']}
            />
            <h2 className="govuk-heading-m">The source</h2>
            <Radios
              id={F.sourceType}
              legend="Where is the information from?"
              small
              value={values.sourceType}
              onChange={(v) => setValues({ ...values, sourceType: v as ReportFormValues['sourceType'] })}
              options={choicesFrom(SOURCE_TYPES, SOURCE_TYPE_LABELS)}
              error={submission.fieldErrors['sourceType']}
            />
            {thirdParty && (
              <>
                <TextInput
                  id={F.sourceName}
                  label="Who the information is from (optional)"
                  hint="Their full name, if you have it. Only the specialist team will see it."
                  value={values.sourceName}
                  onChange={set('sourceName')}
                  error={submission.fieldErrors['sourceName']}
                />
                <Textarea
                  id={F.sourceContact}
                  label="Their address and contact details (optional)"
                  rows={2}
                  value={values.sourceContact}
                  onChange={set('sourceContact')}
                  error={submission.fieldErrors['sourceContact']}
                />
                <Radios
                  id={F.thirdPartyWillEngage}
                  legend="Would they be willing to engage with the police?"
                  small
                  inline
                  value={values.thirdPartyWillEngage}
                  onChange={(v) =>
                    setValues({ ...values, thirdPartyWillEngage: v as ReportFormValues['thirdPartyWillEngage'] })
                  }
                  options={choicesFrom(THIRD_PARTY_ENGAGEMENTS, THIRD_PARTY_ENGAGEMENT_LABELS)}
                  error={submission.fieldErrors['thirdPartyWillEngage']}
                />
                <Radios
                  id={F.sourceReliability}
                  legend="How reliable do you think they are?"
                  hint="Please do not guess if you don’t know: choose 5."
                  small
                  value={values.sourceReliability}
                  onChange={set('sourceReliability')}
                  options={gradeChoices(SOURCE_RELIABILITY_LABELS)}
                  error={submission.fieldErrors['sourceReliability']}
                />
              </>
            )}
            <Radios
              id={F.informationAccuracy}
              legend="How accurate is the information?"
              small
              value={values.informationAccuracy}
              onChange={set('informationAccuracy')}
              options={gradeChoices(INFORMATION_ACCURACY_LABELS)}
              error={submission.fieldErrors['informationAccuracy']}
            />
            <Radios
              id={F.handlingCode}
              legend="Handling code"
              small
              value={values.handlingCode}
              onChange={(v) => setValues({ ...values, handlingCode: v as ReportFormValues['handlingCode'] })}
              options={choicesFrom(HANDLING_CODES, HANDLING_CODE_LABELS)}
              error={submission.fieldErrors['handlingCode']}
            />
            {values.handlingCode === 'C' && (
              <Textarea
                id={F.handlingConditions}
                label="Conditions for sharing"
                rows={2}
                value={values.handlingConditions}
                onChange={set('handlingConditions')}
                error={submission.fieldErrors['handlingConditions']}
              />
            )}
            <Textarea
              id={F.howCameToLight}
              label="How did this information come to light?"
              hint="For example at a strategy meeting, during a home visit or an inspection, from a third party or a relative"
              rows={2}
              value={values.howCameToLight}
              onChange={set('howCameToLight')}
              error={submission.fieldErrors['howCameToLight']}
            />
            <Textarea
              id={F.whoElseKnows}
              label="Who else is aware of this information, and has it been recorded elsewhere? (optional)"
              hint="Disclosure may put them at risk"
              rows={2}
              value={values.whoElseKnows}
              onChange={set('whoElseKnows')}
              error={submission.fieldErrors['whoElseKnows']}
            />
            <h2 className="govuk-heading-m">What you know</h2>
            <Textarea
              id={F.details}
              label="Details"
              hint="As much detail as possible: names, descriptions, nicknames, vehicles, addresses, dates and times"
              rows={6}
              value={values.details}
              onChange={set('details')}
              error={submission.fieldErrors['details']}
            />
            <h2 className="govuk-heading-m">What it is about (optional)</h2>
            <TextInput
              id={F.premisesIds}
              label="Find a premises"
              hint="Type part of its name or address, then choose it"
              type="search"
              value={premisesText}
              onChange={(text) => {
                setPremisesText(text);
                if (text.trim().length >= 2) void searchPremises({ variables: { text: text.trim() } });
              }}
              error={submission.fieldErrors['premisesIds']}
            />
            {premisesText.trim().length >= 2 && found.length > 0 && (
              <ul className="govuk-list" aria-label="Premises found">
                {found.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                      onClick={() => {
                        setValues({ ...values, premises: [...values.premises, { id: p.id, name: p.name }] });
                        setPremisesText('');
                      }}
                    >
                      Add {p.name}, {p.postcode}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {values.premises.length > 0 && (
              <ul className="govuk-list govuk-list--bullet" aria-label="Premises this report is about">
                {values.premises.map((p) => (
                  <li key={p.id}>
                    {p.name}{' '}
                    <button
                      type="button"
                      className="lantern-link-button govuk-link"
                      onClick={() => setValues({ ...values, premises: values.premises.filter((o) => o.id !== p.id) })}
                    >
                      Remove<span className="govuk-visually-hidden"> {p.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <Textarea
              id={F.placeDescription}
              label="A place not in the register"
              hint="Its address or a description, if you could not find it above"
              rows={2}
              value={values.placeDescription}
              onChange={set('placeDescription')}
              error={submission.fieldErrors['placeDescription']}
            />
            <TextInput
              id={F['people.0.fullName']}
              label="A person’s name"
              value={values.personName}
              onChange={set('personName')}
              error={submission.fieldErrors['people.0.fullName']}
            />
            <TextInput
              id="personNicknames"
              label="Their nicknames"
              hint="Separate them with commas"
              value={values.personNicknames}
              onChange={set('personNicknames')}
            />
            <TextInput
              id={F['vehicles.0.registration']}
              label="A vehicle registration"
              width="10"
              uppercase
              value={values.vehicleRegistration}
              onChange={set('vehicleRegistration')}
              error={submission.fieldErrors['vehicles.0.registration']}
            />
            <ButtonGroup>
              <Button disabled={submission.submitting}>Send the report</Button>
              <Link className="govuk-link" to="/reports">
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
