import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDateTimeInLondon } from '@lantern/shared/domain';
import { Button, Tag, Textarea } from '@lantern/web/ui';
import { FormProblems, graphql } from '@lantern/web/graphql';
import { PlanConflictHelp, PlanNoticeBanner, usePlanChange, type PlanContext } from './plan-change';

const AcknowledgeMutation = graphql(`
  mutation AcknowledgeVisitWarning($visitPlanId: ID!, $version: Int!, $key: String!, $note: String) {
    acknowledgeVisitWarning(visitPlanId: $visitPlanId, version: $version, key: $key, note: $note) {
      id
      version
    }
  }
`);

export interface LawCheck {
  key: string;
  message: string;
  acknowledged: boolean;
  acknowledgedAt?: string | null;
  note?: string | null;
}

/** The id of a law check's note box: the status form's "acknowledge it first" errors link to it. */
export const lawCheckFieldId = (index: number) => `law-check-${index}-note`;

function WarningText({ children }: { children: string }) {
  return (
    <div className="govuk-warning-text govuk-!-margin-bottom-2">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

function AcknowledgeForm({ plan, check, index }: { plan: PlanContext; check: LawCheck; index: number }) {
  const [note, setNote] = useState('');
  const { submission, notice, change } = usePlanChange(plan);
  const [acknowledge] = useMutation(AcknowledgeMutation);
  const fieldId = lawCheckFieldId(index);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { note: note.trim().length > 1000 ? 'The note must be 1000 characters or fewer' : undefined };
    if (
      await change(
        problems,
        () =>
          acknowledge({
            variables: { visitPlanId: plan.id, version: plan.version, key: check.key, note: note.trim() || null },
          }),
        'Law check acknowledged',
      )
    )
      setNote('');
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`Acknowledge law check ${index + 1}`}>
      <PlanNoticeBanner notice={notice} />
      <FormProblems
        submission={submission}
        fields={{ note: fieldId }}
        conflictHelp={<PlanConflictHelp plan={plan} />}
      />
      <Textarea
        id={fieldId}
        label={`Note (optional)`}
        hint="For example, how the risk is managed, or why the check does not apply"
        value={note}
        onChange={setNote}
        error={submission.fieldErrors['note']}
        rows={2}
      />
      <Button variant="secondary" small disabled={submission.submitting}>
        Acknowledge<span className="govuk-visually-hidden"> law check {index + 1}</span>
      </Button>
    </form>
  );
}

/** The law checks on the plan: each must be acknowledged (with an optional note) before the plan can be marked ready. */
export function LawChecks({ plan, checks, mayEdit }: { plan: PlanContext; checks: LawCheck[]; mayEdit: boolean }) {
  const open = checks.filter((check) => !check.acknowledged).length;
  return (
    <section aria-labelledby="law-checks-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="law-checks-heading">
        Law checks
      </h2>
      {checks.length === 0 ? (
        <p className="govuk-body">
          The law checks found nothing to acknowledge: each agency holds the powers it plans to use, and they apply to
          this premises at this time.
        </p>
      ) : open === 0 ? (
        <p className="govuk-body">
          <Tag colour="green">All checks acknowledged</Tag> Every law check below has been acknowledged.
        </p>
      ) : (
        <p className="govuk-body">
          {open === 1 ? '1 law check needs' : `${open} law checks need`} acknowledging before the plan can be marked
          ready. Change the plan, or acknowledge each one with a note of how it is handled.
        </p>
      )}
      <ol className="lantern-card-list">
        {checks.map((check, index) => (
          <li key={check.key}>
            <WarningText>{check.message}</WarningText>
            {check.acknowledged ? (
              <p className="govuk-body-s">
                <Tag colour="green">Acknowledged</Tag> {formatDateTimeInLondon(check.acknowledgedAt)}
                {check.note ? (
                  <span className="lantern-address-line lantern-preserve-lines">Note: {check.note}</span>
                ) : null}
              </p>
            ) : mayEdit && !plan.finished ? (
              <AcknowledgeForm plan={plan} check={check} index={index} />
            ) : (
              <p className="govuk-body-s">
                <Tag colour="yellow">Not acknowledged</Tag>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
