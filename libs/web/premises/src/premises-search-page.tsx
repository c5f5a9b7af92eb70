import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  mayEditPremises,
  PREMISES_KIND_LABELS,
  PREMISES_STATUS_LABELS,
  PREMISES_STATUSES,
} from '@lantern/shared/domain';
import {
  ButtonLink,
  choicesFrom,
  ErrorSummary,
  LoadingMessage,
  PageHeading,
  Pagination,
  Select,
  Table,
  TextInput,
  usePageTitle,
} from '@lantern/web/ui';
import { apiProblemOf, graphql, QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { PremisesStatusTag } from './premises-status-tag';
import {
  PREMISES_PAGE_SIZE,
  premisesSearchFrom,
  premisesSearchQuery,
  totalPages,
  type PremisesSearch,
} from './premises-search';

const SearchPremisesQuery = graphql(`
  query SearchPremises($filter: PremisesFilter, $page: Int!, $pageSize: Int!) {
    searchPremises(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      items {
        id
        name
        addressLine1
        addressLine2
        town
        postcode
        kind
        status
      }
    }
  }
`);

function SearchForm({ search, postcodeError }: { search: PremisesSearch; postcodeError?: string }) {
  const navigate = useNavigate();
  const [text, setText] = useState(search.text);
  const [postcode, setPostcode] = useState(search.postcode);
  const [status, setStatus] = useState<string>(search.status);

  // Back and forward change the search in the address bar: show it in the form.
  useEffect(() => {
    setText(search.text);
    setPostcode(search.postcode);
    setStatus(search.status);
  }, [search.text, search.postcode, search.status]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(
      `/premises${premisesSearchQuery({ text, postcode, status: status as PremisesSearch['status'], page: 1 })}`,
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate role="search" aria-label="Premises">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput
            id="text"
            label="Name or address"
            hint="Words in the name or first line of the address"
            type="search"
            spellCheck={false}
            value={text}
            onChange={setText}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <TextInput
            id="postcode"
            label="Postcode"
            hint="Full or start, like NB1"
            value={postcode}
            onChange={setPostcode}
            autoComplete="off"
            uppercase
            error={postcodeError}
            width="10"
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="status"
            label="Status"
            value={status}
            onChange={setStatus}
            options={choicesFrom(PREMISES_STATUSES, PREMISES_STATUS_LABELS)}
            emptyOption="Any status"
          />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Search
      </button>
    </form>
  );
}

export function PremisesSearchPage() {
  const [params] = useSearchParams();
  const search = premisesSearchFrom(params);
  const mayAdd = useRoleAllows(mayEditPremises);
  usePageTitle('Premises');
  const { data, previousData, loading, error, refetch } = useQuery(SearchPremisesQuery, {
    variables: {
      filter: { text: search.text || null, postcode: search.postcode || null, status: search.status || null },
      page: search.page,
      pageSize: PREMISES_PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });

  const problem = error ? apiProblemOf(error) : null;
  if (problem && problem.code !== 'BAD_USER_INPUT')
    return <QueryProblem error={error} onRetry={() => void refetch()} />;
  const results = (data ?? previousData)?.searchPremises;
  const searching = Boolean(search.text || search.postcode || search.status);

  return (
    <>
      {problem && (
        <ErrorSummary
          items={[
            {
              message: problem.fieldErrors['postcode'] ?? problem.message,
              fieldId: problem.fieldErrors['postcode'] ? 'postcode' : undefined,
            },
          ]}
        />
      )}
      <PageHeading>Premises</PageHeading>
      {mayAdd && <ButtonLink to="/premises/new">Add premises</ButtonLink>}
      <SearchForm search={search} postcodeError={problem?.fieldErrors['postcode']} />
      {!results && loading && <LoadingMessage what="premises" />}
      {results && (
        <>
          <p className="govuk-body" role="status">
            {results.total === 0
              ? searching
                ? 'No premises match your search.'
                : 'No premises have been recorded yet.'
              : `${results.total} premises${searching ? (results.total === 1 ? ' matches your search' : ' match your search') : ''}. Showing ${(results.page - 1) * results.pageSize + 1} to ${(results.page - 1) * results.pageSize + results.items.length}.`}
          </p>
          {results.items.length > 0 && (
            <Table
              caption="Search results"
              captionHidden
              columns={[
                { text: 'Name' },
                { text: 'Address' },
                { text: 'Postcode' },
                { text: 'Kind' },
                { text: 'Status' },
              ]}
              rows={results.items.map((premises) => ({
                key: premises.id,
                cells: [
                  <Link className="govuk-link" to={`/premises/${premises.id}`}>
                    {premises.name}
                  </Link>,
                  [premises.addressLine1, premises.addressLine2, premises.town].filter(Boolean).join(', '),
                  <span className="lantern-nowrap">{premises.postcode}</span>,
                  PREMISES_KIND_LABELS[premises.kind],
                  <PremisesStatusTag status={premises.status} />,
                ],
              }))}
            />
          )}
          <Pagination
            page={results.page}
            totalPages={totalPages(results.total, results.pageSize)}
            hrefFor={(page) => `/premises${premisesSearchQuery({ ...search, page })}`}
          />
        </>
      )}
    </>
  );
}
