/**
 * The web app's GraphQL plumbing: the typed `graphql()` function that GraphQL Code Generator writes
 * (./gql, from libs/server/app/schema.graphql; regenerate with `npx graphql-codegen --config apps/web/codegen.ts`),
 * and how pages read the API's errors.
 */
export { graphql } from './gql';
export type { DocumentType } from './gql/gql';
export * from './api-problem';
export * from './form-submission';
export * from './action-outcome';
export * from './query-problem';
/** The generated operation and input types (e.g. PremisesInput, SearchPremisesQuery). */
export type * from './gql/graphql';
