import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiProblemOf, nestedFieldErrors } from './api-problem';

describe('reading API errors', () => {
  it('reads the code, the message and the field errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'There are 2 problems',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'postcode', message: 'Enter a postcode' },
              { field: 'person.fullName', message: 'Enter the full name' },
            ],
          },
        },
      ],
    });
    expect(apiProblemOf(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'There are 2 problems',
      fieldErrors: { postcode: 'Enter a postcode', 'person.fullName': 'Enter the full name' },
    });
  });

  it('treats an unknown code as a problem on our side', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    expect(apiProblemOf(error).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('says when the server could not be reached', () => {
    expect(apiProblemOf(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK', fieldErrors: {} });
  });

  it('unwraps nested field names', () => {
    expect(nestedFieldErrors({ 'person.fullName': 'Enter the full name', role: 'Choose a role' }, 'person')).toEqual({
      fullName: 'Enter the full name',
      role: 'Choose a role',
    });
  });
});
