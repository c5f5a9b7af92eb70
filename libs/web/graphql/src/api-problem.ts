import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { FieldErrors } from '@lantern/web/ui';

/** The stable codes the API puts in `extensions.code`, and NETWORK for when it could not be reached. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What went wrong with a request, in terms a page can act on. */
export interface ApiProblem {
  code: ApiErrorCode;
  message: string;
  /** Messages about the input's fields, keyed by field name (e.g. `postcode`, `person.fullName`). */
  fieldErrors: FieldErrors;
}

const NETWORK_MESSAGE = 'Lantern could not reach the server. Check your connection and try again.';
const INTERNAL_MESSAGE = 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.';

function codeOf(error: GraphQLFormattedError): ApiErrorCode {
  const code = String(error.extensions?.['code'] ?? '');
  if ((API_ERROR_CODES as readonly string[]).includes(code)) return code as ApiErrorCode;
  // Malformed requests (GRAPHQL_VALIDATION_FAILED and the like) are our bug, not the user's.
  return 'INTERNAL_SERVER_ERROR';
}

function fieldErrorsOf(errors: readonly GraphQLFormattedError[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const error of errors) {
    const list = error.extensions?.['fieldErrors'];
    if (!Array.isArray(list)) continue;
    for (const item of list as { field?: unknown; message?: unknown }[]) {
      if (typeof item?.field === 'string' && typeof item.message === 'string' && !fieldErrors[item.field])
        fieldErrors[item.field] = item.message;
    }
  }
  return fieldErrors;
}

function fromGraphqlErrors(errors: readonly GraphQLFormattedError[]): ApiProblem {
  const first = errors[0];
  const code = first ? codeOf(first) : 'INTERNAL_SERVER_ERROR';
  return {
    code,
    message: code === 'INTERNAL_SERVER_ERROR' ? first?.message || INTERNAL_MESSAGE : first.message,
    fieldErrors: fieldErrorsOf(errors),
  };
}

/** Reads an error from Apollo Client (a GraphQL error, an HTTP error with GraphQL errors in its body, or a network failure). */
export function apiProblemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphqlErrors(error.errors);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length) return fromGraphqlErrors(body.errors);
    } catch {
      // Not JSON: fall through.
    }
    if (error.statusCode === 429)
      return {
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many requests. Wait a minute, then try again.',
        fieldErrors: {},
      };
    return {
      code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK',
      message: error.statusCode >= 500 ? INTERNAL_MESSAGE : NETWORK_MESSAGE,
      fieldErrors: {},
    };
  }
  return { code: 'NETWORK', message: NETWORK_MESSAGE, fieldErrors: {} };
}

/** The field errors of a nested input (e.g. `person.fullName` → `fullName` for prefix `person`). */
export function nestedFieldErrors(fieldErrors: FieldErrors, prefix: string): FieldErrors {
  const nested: FieldErrors = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    if (field.startsWith(`${prefix}.`)) nested[field.slice(prefix.length + 1)] = message;
    else nested[field] = message;
  }
  return nested;
}
