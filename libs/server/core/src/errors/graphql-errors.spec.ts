import { GraphQLError } from 'graphql';
import { DomainErrorCode, EditConflict, ValidationFailed } from './domain-error';
import { formatGraphqlError } from './graphql-errors';

function format(originalError: Error | undefined, extensions: Record<string, unknown> = {}, message = 'x') {
  const error = new GraphQLError(message, { originalError, extensions, path: ['field'] });
  return formatGraphqlError(error.toJSON(), error);
}

describe('formatGraphqlError', () => {
  it('passes domain errors through with their code and field errors', () => {
    const result = format(new ValidationFailed([{ field: 'postcode', message: 'Enter a real postcode' }]));
    expect(result.message).toBe('Enter a real postcode');
    expect(result.extensions).toEqual({
      code: DomainErrorCode.BAD_USER_INPUT,
      fieldErrors: [{ field: 'postcode', message: 'Enter a real postcode' }],
    });
  });

  it('keeps the conflict message a user can act on', () => {
    expect(format(new EditConflict('This premises')).extensions?.['code']).toBe('CONFLICT');
  });

  it('masks unexpected errors: no SQL, no stack', () => {
    const result = format(new Error('duplicate key value violates unique constraint "premises_pkey"'));
    expect(result.message).not.toContain('premises_pkey');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(result)).not.toContain('stack');
  });

  it('reports a malformed id as bad input without the SQL', () => {
    const driverFailure = Object.assign(new Error('invalid input syntax for type uuid: "x"'), {
      driverError: { code: '22P02' },
    });
    expect(format(driverFailure)).toEqual({
      message: 'An id or value given is not in the expected format.',
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('removes field suggestions from validation errors', () => {
    const error = new GraphQLError('Cannot query field "nam" on type "Agency". Did you mean "name"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatGraphqlError(error.toJSON(), error).message).toBe('Cannot query field "nam" on type "Agency".');
  });
});
