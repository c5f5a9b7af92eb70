import { useMutation } from '@apollo/client/react';
import type { VisitStatus } from '@lantern/shared/domain';
import { Button, ButtonGroup } from '@lantern/web/ui';
import { FormProblems, graphql } from '@lantern/web/graphql';
import { lawCheckFieldId } from './law-checks';
import { PlanConflictHelp, PlanNoticeBanner, usePlanChange, type PlanContext } from './plan-change';

const SetStatusMutation = graphql(`
  mutation SetVisitStatus($id: ID!, $version: Int!, $status: VisitStatus!) {
    setVisitStatus(id: $id, version: $version, status: $status) {
      id
      version
      status
    }
  }
`);

const MOVES: Record<
  VisitStatus,
  { to: VisitStatus; label: string; done: string; variant: 'primary' | 'secondary' | 'warning' }[]
> = {
  DRAFT: [
    { to: 'READY', label: 'Mark ready', done: 'The plan is ready: officers can be briefed', variant: 'primary' },
    { to: 'CANCELLED', label: 'Cancel the visit', done: 'The visit has been cancelled', variant: 'warning' },
  ],
  READY: [
    {
      to: 'COMPLETED',
      label: 'Record the visit as completed',
      done: 'The visit is recorded as completed',
      variant: 'primary',
    },
    { to: 'DRAFT', label: 'Back to draft', done: 'The plan is back to draft', variant: 'secondary' },
    { to: 'CANCELLED', label: 'Cancel the visit', done: 'The visit has been cancelled', variant: 'warning' },
  ],
  COMPLETED: [],
  CANCELLED: [],
};

interface VisitStatusActionsProps {
  plan: PlanContext;
  status: VisitStatus;
  readyToBrief: boolean;
  /** The keys of the law checks in the order shown: "acknowledge it first" problems link to their forms. */
  checkKeys: string[];
}

/** Moves the plan on: ready (once every law check is acknowledged), completed, or cancelled. */
export function VisitStatusActions({ plan, status, readyToBrief, checkKeys }: VisitStatusActionsProps) {
  const { submission, notice, change } = usePlanChange(plan);
  const [setStatus] = useMutation(SetStatusMutation);
  const fields: Record<string, string> = { status: 'status-actions', agencies: 'attending-agencies-heading' };
  checkKeys.forEach((key, index) => (fields[`warning.${key}`] = lawCheckFieldId(index)));
  const moves = MOVES[status];
  return (
    <section aria-labelledby="status-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="status-heading">
        Status
      </h2>
      <PlanNoticeBanner notice={notice} />
      <FormProblems submission={submission} fields={fields} conflictHelp={<PlanConflictHelp plan={plan} />} />
      {moves.length === 0 ? (
        <p className="govuk-body">
          The visit is {status === 'COMPLETED' ? 'completed' : 'cancelled'}: its plan can no longer change.
        </p>
      ) : (
        <>
          {status === 'DRAFT' && (
            <p className="govuk-body">
              {readyToBrief
                ? 'Every law check is acknowledged: the plan can be marked ready and officers briefed.'
                : 'The plan can be marked ready once an agency attends and every law check is acknowledged.'}
            </p>
          )}
          <div id="status-actions" tabIndex={-1}>
            <ButtonGroup>
              {moves.map((move) => (
                <Button
                  key={move.to}
                  type="button"
                  variant={move.variant}
                  disabled={submission.submitting}
                  onClick={() =>
                    void change(
                      {},
                      () => setStatus({ variables: { id: plan.id, version: plan.version, status: move.to } }),
                      move.done,
                    )
                  }
                >
                  {move.label}
                </Button>
              ))}
            </ButtonGroup>
          </div>
        </>
      )}
    </section>
  );
}
