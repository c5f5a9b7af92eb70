import { useState } from 'react';
import { NotificationBanner, type FieldErrors } from '@lantern/web/ui';
import { useFormSubmission, type FormSubmission } from '@lantern/web/graphql';

/** What every part of the planner needs to change the plan: its id, the version the page shows, and a reload. */
export interface PlanContext {
  id: string;
  version: number;
  /** Fetches the plan again (after a change, or to see someone else's). */
  reload: () => Promise<unknown>;
  /** Completed and cancelled plans no longer change. */
  finished: boolean;
}

/** A success message for the part of the planner that changed, read out when it appears. */
export type PlanNotice = { message: string; id: number } | null;
let nextNoticeId = 1;

export function PlanNoticeBanner({ notice }: { notice: PlanNotice }) {
  if (!notice) return null;
  return (
    <NotificationBanner key={notice.id} type="success" heading={notice.message} focusOnShow focusKey={notice.id} />
  );
}

/**
 * One change to the plan from a small form: shows the form's problems (a CONFLICT as the banner, with what
 * was typed kept), and on success reloads the plan and says what happened.
 */
export function usePlanChange(plan: PlanContext): {
  submission: FormSubmission;
  notice: PlanNotice;
  change: (clientErrors: FieldErrors, save: () => Promise<unknown>, done: string) => Promise<boolean>;
} {
  const submission = useFormSubmission();
  const [notice, setNotice] = useState<PlanNotice>(null);
  const change = async (clientErrors: FieldErrors, save: () => Promise<unknown>, done: string) => {
    setNotice(null);
    const saved = await submission.submit(clientErrors, async () => {
      await save();
    });
    if (saved) {
      await plan.reload();
      setNotice({ message: done, id: nextNoticeId++ });
    }
    return saved;
  };
  return { submission, notice, change };
}

/** Under an edit conflict in the planner: load the plan as the other person left it, keeping what was typed. */
export function PlanConflictHelp({ plan }: { plan: PlanContext }) {
  return (
    <p className="govuk-body">
      <button
        type="button"
        className="govuk-button govuk-button--secondary lantern-button--small"
        onClick={() => void plan.reload()}
      >
        Load the latest plan
      </button>{' '}
      then make your change again.
    </p>
  );
}
