import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  ENTRY_RIGHT_LABELS,
  mayAdminister,
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  type AgencyType,
  type PowerCategory,
} from '@lantern/shared/domain';
import {
  ButtonLink,
  choicesFrom,
  LoadingMessage,
  PageHeading,
  Select,
  Table,
  TextInput,
  usePageTitle,
} from '@lantern/web/ui';
import { graphql, QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { powerFilterFrom, powerFilterQuery, type PowerFilterValues } from './power-filter';

const PowersQuery = graphql(`
  query Powers($filter: PowerFilter) {
    powers(filter: $filter) {
      id
      name
      legalBasis
      category
      entry
      holderAgencyTypes
    }
  }
`);

function PowerFilterForm({ filter }: { filter: PowerFilterValues }) {
  const navigate = useNavigate();
  const { agencyType, category, search } = filter;
  const [values, setValues] = useState(filter);
  // Back and forward change the filters in the address bar: show them in the form.
  useEffect(() => setValues({ agencyType, category, search }), [agencyType, category, search]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/powers${powerFilterQuery(values)}`);
  };
  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Powers">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="search"
            label="Words in the name or legal basis"
            type="search"
            spellCheck={false}
            value={values.search}
            onChange={(search) => setValues({ ...values, search })}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="agencyType"
            label="Held by"
            value={values.agencyType}
            onChange={(agencyType) => setValues({ ...values, agencyType: agencyType as AgencyType | '' })}
            options={choicesFrom(AGENCY_TYPES, AGENCY_TYPE_LABELS)}
            emptyOption="Any agency"
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="category"
            label="Category"
            value={values.category}
            onChange={(category) => setValues({ ...values, category: category as PowerCategory | '' })}
            options={choicesFrom(POWER_CATEGORIES, POWER_CATEGORY_LABELS)}
            emptyOption="Any category"
          />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Filter powers
      </button>
    </form>
  );
}

/** The powers catalogue: what each agency can do, under which law. */
export function PowersPage() {
  const [params] = useSearchParams();
  const filter = powerFilterFrom(params);
  const mayEdit = useRoleAllows(mayAdminister);
  usePageTitle('Powers');
  const { data, previousData, loading, error, refetch } = useQuery(PowersQuery, {
    variables: {
      filter: {
        agencyType: filter.agencyType || null,
        category: filter.category || null,
        search: filter.search.trim() || null,
      },
    },
  });
  if (error && !data) return <QueryProblem error={error} onRetry={() => void refetch()} />;
  const powers = (data ?? previousData)?.powers;
  const filtered = Boolean(filter.agencyType || filter.category || filter.search);

  return (
    <>
      <PageHeading>Powers</PageHeading>
      <p className="govuk-body">The legal powers each kind of agency holds, what they allow, and where they apply.</p>
      {mayEdit && <ButtonLink to="/powers/new">Add power</ButtonLink>}
      <PowerFilterForm filter={filter} />
      {!powers && loading && <LoadingMessage what="powers" />}
      {powers && (
        <>
          <p className="govuk-body" role="status">
            {powers.length === 0
              ? 'No powers match.'
              : `${powers.length} ${powers.length === 1 ? 'power' : 'powers'}${filtered ? ' match' : ''}.`}
          </p>
          {powers.length > 0 && (
            <Table
              caption="Powers in the catalogue"
              captionHidden
              columns={[
                { text: 'Power' },
                { text: 'Legal basis' },
                { text: 'Category' },
                { text: 'Entry' },
                { text: 'Held by' },
              ]}
              rows={powers.map((power) => ({
                key: power.id,
                cells: [
                  <Link className="govuk-link" to={`/powers/${power.id}`}>
                    {power.name}
                  </Link>,
                  power.legalBasis,
                  POWER_CATEGORY_LABELS[power.category],
                  ENTRY_RIGHT_LABELS[power.entry],
                  power.holderAgencyTypes.map((type) => AGENCY_TYPE_LABELS[type]).join(', '),
                ],
              }))}
            />
          )}
        </>
      )}
    </>
  );
}
