import { QueryFailedError } from 'typeorm';
import { ValidationFailed } from '../errors/domain-error';

/** PostgreSQL's code for a unique constraint refusing a row. */
const UNIQUE_VIOLATION = '23505';

/** A `.catch` handler that reports a unique-constraint clash against the field the user typed, not as a database error. */
export function reportDuplicateAs(field: string, message: string): (error: unknown) => never {
  return (error: unknown) => {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new ValidationFailed([{ field, message }]);
    }
    throw error;
  };
}
