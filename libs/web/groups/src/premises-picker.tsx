import { ErrorMessage, FormGroup } from '@lantern/web/ui';
import { PremisesFinder, type FoundPremises } from '@lantern/web/premises';

export type ChosenPremises = FoundPremises;

interface PremisesPickerProps {
  id: string;
  chosen: ChosenPremises[];
  onChange: (chosen: ChosenPremises[]) => void;
  error?: string;
}

/** Choose the premises a new group targets: search by name or address, then add; the chosen ones are listed. */
export function PremisesPicker({ id, chosen, onChange, error }: PremisesPickerProps) {
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Target premises</legend>
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {chosen.length > 0 ? (
          <ul className="govuk-list">
            {chosen.map((premises) => (
              <li key={premises.id}>
                {premises.name} ({premises.postcode}){' '}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary lantern-button--small"
                  onClick={() => onChange(chosen.filter((c) => c.id !== premises.id))}
                >
                  Remove<span className="govuk-visually-hidden"> {premises.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No premises chosen yet.</p>
        )}
        <PremisesFinder
          id={id}
          label="Find a premises to add"
          actionLabel="Add"
          excludeIds={chosen.map((premises) => premises.id)}
          onChoose={(premises) => onChange([...chosen, premises])}
        />
      </fieldset>
    </FormGroup>
  );
}
