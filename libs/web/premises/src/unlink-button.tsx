import { useState } from 'react';
import { apiProblemOf } from '@lantern/web/graphql';

interface UnlinkButtonProps {
  /** Whom or what it unlinks, for screen reader users: "Unlink" + " Jane Smith". */
  what: string;
  unlink: () => Promise<unknown>;
  onDone: (problem: string | null) => void;
  /** The visible words; "Unlink" unless the link is of another kind (e.g. "Stop sharing"). */
  label?: string;
}

/** Removes one link from the premises (the person, vehicle or business itself stays on record). */
export function UnlinkButton({ what, unlink, onDone, label = 'Unlink' }: UnlinkButtonProps) {
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await unlink();
      onDone(null);
    } catch (error) {
      onDone(apiProblemOf(error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="govuk-button govuk-button--warning lantern-button--small"
      onClick={() => void click()}
      disabled={busy}
    >
      {label}
      <span className="govuk-visually-hidden"> {what}</span>
    </button>
  );
}
