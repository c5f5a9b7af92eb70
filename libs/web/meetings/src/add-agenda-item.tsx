import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Details, Textarea } from '@lantern/web/ui';
import { useActionOutcome } from '@lantern/web/graphql';
import { PremisesFinder, type FoundPremises } from '@lantern/web/premises';
import { AddMeetingItemMutation } from './meeting-documents';

interface AddAgendaItemProps {
  meetingId: string;
  onAdded: () => void;
  /** Premises already on the agenda, not offered again. */
  onAgenda: readonly string[];
}

/** A partner raises a premises the reports did not bring: why it is raised, then the premises from the register. */
export function AddAgendaItem({ meetingId, onAdded, onAgenda }: AddAgendaItemProps) {
  const [reason, setReason] = useState('');
  const outcome = useActionOutcome();
  const [add, { loading }] = useMutation(AddMeetingItemMutation);
  const choose = async (premises: FoundPremises) => {
    const added = await outcome.run(
      () => add({ variables: { meetingId, input: { premisesId: premises.id, reason: reason.trim() || null } } }),
      `${premises.name} is on the agenda`,
    );
    if (!added) return; // the reason typed stays
    setReason('');
    onAdded();
  };
  return (
    <>
      {outcome.banner}
      <Details summary="Add a premises to the agenda">
        <Textarea id="agenda-reason" label="Why it is raised (optional)" value={reason} onChange={setReason} rows={2} />
        <PremisesFinder
          id="agenda-premises-search"
          label="Find the premises"
          actionLabel="Add to the agenda"
          excludeIds={onAgenda}
          disabled={loading}
          onChoose={(premises) => void choose(premises)}
        />
      </Details>
    </>
  );
}
