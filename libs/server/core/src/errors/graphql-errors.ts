import { GraphQLFormattedError } from 'graphql';
import { DomainError, DomainErrorCode } from './domain-error';

/** What each domain code means over HTTP-ish GraphQL; a new code that is not mapped here fails to compile. */
const PUBLIC_CODES: Record<DomainErrorCode, string> = {
  [DomainErrorCode.BAD_USER_INPUT]: 'BAD_USER_INPUT',
  [DomainErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [DomainErrorCode.CONFLICT]: 'CONFLICT',
  [DomainErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [DomainErrorCode.FORBIDDEN]: 'FORBIDDEN',
  [DomainErrorCode.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
};

/** Codes GraphQL itself produces for a malformed request; their messages are safe to show. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** PostgreSQL's code for a malformed value such as an id that is not a UUID. */
const INVALID_TEXT_REPRESENTATION = '22P02';

/**
 * Masks every error that is not a DomainError or a malformed request: no stack trace, no SQL,
 * no field suggestions ("Did you mean ...") reach a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: PUBLIC_CODES[original.code],
        ...(original.fieldErrors.length ? { fieldErrors: original.fieldErrors } : {}),
      },
    };
  }
  if ((original as { driverError?: { code?: string } })?.driverError?.code === INVALID_TEXT_REPRESENTATION) {
    return {
      message: 'An id or value given is not in the expected format.',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = String(formatted.extensions?.['code'] ?? '');
  if (REQUEST_CODES.has(code) || (code === 'BAD_USER_INPUT' && !formatted.path)) {
    return {
      message: formatted.message.replace(/ ?Did you mean .*\?$/, ''),
      locations: formatted.locations,
      extensions: { code },
    };
  }
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
