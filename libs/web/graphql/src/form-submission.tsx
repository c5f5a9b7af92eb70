import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  ErrorSummary,
  errorSummaryItems,
  hasFieldErrors,
  NotificationBanner,
  type ErrorSummaryItem,
  type FieldErrors,
} from '@lantern/web/ui';
import { apiProblemOf, type ApiProblem } from './api-problem';

export interface FormSubmission {
  fieldErrors: FieldErrors;
  problem: ApiProblem | null;
  /** Counts submissions, so the error summary takes focus again on each one. */
  attempt: number;
  submitting: boolean;
  /** True when the page should show errors (the tab's title then starts "Error:"). */
  hasErrors: boolean;
  /**
   * Shows `clientErrors` if there are any; otherwise runs `save` and reads any error it throws.
   * Nothing the user typed is touched either way: the form's values live with the form.
   */
  submit: (clientErrors: FieldErrors, save: () => Promise<void>) => Promise<boolean>;
  clear: () => void;
}

/** The state of a form that saves through the API: field errors, the problem from the server, and whether it is saving. */
const asTheServerNamedThem = (errors: FieldErrors) => errors;

export function useFormSubmission(
  mapFieldErrors: (errors: FieldErrors) => FieldErrors = asTheServerNamedThem,
): FormSubmission {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const submit = useCallback(
    async (clientErrors: FieldErrors, save: () => Promise<void>) => {
      setAttempt((n) => n + 1);
      if (hasFieldErrors(clientErrors)) {
        setFieldErrors(clientErrors);
        setProblem(null);
        return false;
      }
      setSubmitting(true);
      try {
        await save();
        setFieldErrors({});
        setProblem(null);
        return true;
      } catch (error) {
        const found = apiProblemOf(error);
        setFieldErrors(mapFieldErrors(found.fieldErrors));
        setProblem(found);
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [mapFieldErrors],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setProblem(null);
  }, []);

  return {
    fieldErrors,
    problem,
    attempt,
    submitting,
    submit,
    clear,
    hasErrors: hasFieldErrors(fieldErrors) || problem !== null,
  };
}

interface FormProblemsProps {
  submission: FormSubmission;
  /** Field name → id of its input, in the order the fields appear. */
  fields: Record<string, string>;
  /** What to say under a conflict message, e.g. how to see the other person's changes. */
  conflictHelp?: ReactNode;
}

/**
 * The top of a form: an edit conflict as an "Important" banner (the user's typing is kept), otherwise the
 * GOV.UK error summary with a link to each field.
 */
export function FormProblems({ submission, fields, conflictHelp }: FormProblemsProps) {
  const { problem, fieldErrors, attempt } = submission;
  if (problem?.code === 'CONFLICT') {
    return (
      <NotificationBanner heading={problem.message} focusOnShow focusKey={attempt}>
        <p className="govuk-body">What you entered is still in the form below and has not been saved.</p>
        {conflictHelp}
      </NotificationBanner>
    );
  }
  const items: ErrorSummaryItem[] = errorSummaryItems(fieldErrors, fields);
  if (problem && items.length === 0) items.push({ message: problem.message });
  return <ErrorSummary items={items} focusKey={attempt} />;
}

/**
 * After an edit conflict, learns the version someone else saved, so that saving again (after the user has
 * been told, and with everything they typed still in the form) replaces it.
 */
export function useLatestVersionOnConflict(
  problem: ApiProblem | null,
  loadLatestVersion: () => Promise<number | null | undefined>,
  setVersion: (version: number) => void,
): void {
  useEffect(() => {
    if (problem?.code !== 'CONFLICT') return;
    let current = true;
    void loadLatestVersion()
      .then((version) => {
        if (current && typeof version === 'number') setVersion(version);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // Once per conflict reported: `problem` is a new object each time a save fails.
  }, [problem]);
}

/** Under an edit conflict: where to see what the other person saved, and what saving again will do. */
export function ConflictHelp({ latestHref }: { latestHref: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-notification-banner__link" to={latestHref} target="_blank" rel="noopener">
        See the latest version (opens in a new tab)
      </Link>
      . If you save again, what you entered will replace it.
    </p>
  );
}
