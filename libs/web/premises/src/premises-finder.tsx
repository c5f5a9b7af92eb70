import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Button, Label } from '@lantern/web/ui';
import { apiProblemOf, graphql } from '@lantern/web/graphql';

const FindPremisesQuery = graphql(`
  query FindPremises($text: String!) {
    searchPremises(filter: { text: $text }, pageSize: 10) {
      items {
        id
        name
        postcode
      }
    }
  }
`);

export interface FoundPremises {
  id: string;
  name: string;
  postcode: string;
}

interface PremisesFinderProps {
  id: string;
  label: string;
  /** The button beside each premises found, e.g. "Add" or "Link". */
  actionLabel: string;
  onChoose: (premises: FoundPremises) => void;
  /** Premises not to offer (already chosen or linked). */
  excludeIds?: readonly string[];
  disabled?: boolean;
}

/** Search the register by name or address and act on a premises found: add it to a group, link a report to it. */
export function PremisesFinder({ id, label, actionLabel, onChoose, excludeIds = [], disabled }: PremisesFinderProps) {
  const [text, setText] = useState('');
  const [find, { data, loading, error }] = useLazyQuery(FindPremisesQuery);
  const results = (data?.searchPremises.items ?? []).filter((premises) => !excludeIds.includes(premises.id));
  const search = () => {
    if (text.trim()) void find({ variables: { text: text.trim() } });
  };
  return (
    <>
      <Label htmlFor={id}>{label}</Label>
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
      {error && <p className="govuk-error-message">{apiProblemOf(error).message}</p>}
      {data && (
        <ul className="govuk-list" aria-label="Premises found">
          {results.length === 0 && <li>No other premises match.</li>}
          {results.map((premises) => (
            <li key={premises.id}>
              {premises.name} ({premises.postcode}){' '}
              <button
                type="button"
                className="govuk-button govuk-button--secondary lantern-button--small"
                disabled={disabled}
                onClick={() => onChoose(premises)}
              >
                {actionLabel}
                <span className="govuk-visually-hidden"> {premises.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
