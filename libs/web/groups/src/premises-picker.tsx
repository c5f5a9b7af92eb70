import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Button, ErrorMessage, FormGroup, Label } from '@lantern/web/ui';
import { apiProblemOf, graphql } from '@lantern/web/graphql';

const FindPremisesQuery = graphql(`
  query FindPremisesForGroup($text: String!) {
    searchPremises(filter: { text: $text }, pageSize: 10) {
      items {
        id
        name
        postcode
      }
    }
  }
`);

export interface ChosenPremises {
  id: string;
  name: string;
  postcode: string;
}

interface PremisesPickerProps {
  id: string;
  chosen: ChosenPremises[];
  onChange: (chosen: ChosenPremises[]) => void;
  error?: string;
}

/** Choose the premises a group targets: search by name or address, then add; the chosen ones are listed. */
export function PremisesPicker({ id, chosen, onChange, error }: PremisesPickerProps) {
  const [text, setText] = useState('');
  const [find, { data, loading, error: searchError }] = useLazyQuery(FindPremisesQuery);
  const results = (data?.searchPremises.items ?? []).filter((premises) => !chosen.some((c) => c.id === premises.id));
  const search = () => {
    if (text.trim()) void find({ variables: { text: text.trim() } });
  };
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
        <Label htmlFor={id}>Find a premises to add</Label>
        <div className="govuk-input__wrapper">
          <input
            className="govuk-input govuk-input--width-20"
            id={id}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                search();
              }
            }}
          />
        </div>
        <Button type="button" variant="secondary" onClick={search} disabled={loading}>
          Search premises
        </Button>
        {searchError && <p className="govuk-error-message">{apiProblemOf(searchError).message}</p>}
        {data && (
          <ul className="govuk-list" aria-label="Premises found">
            {results.length === 0 && <li>No other premises match.</li>}
            {results.map((premises) => (
              <li key={premises.id}>
                {premises.name} ({premises.postcode}){' '}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary lantern-button--small"
                  onClick={() => onChange([...chosen, premises])}
                >
                  Add<span className="govuk-visually-hidden"> {premises.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </FormGroup>
  );
}
