/** A problem a user can act on, with a stable code that reaches clients as `extensions.code`. */
export enum DomainErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export interface FieldError {
  /** The input field the message is about, as the client named it (e.g. `postcode`). */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationFailed extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      DomainErrorCode.BAD_USER_INPUT,
      fieldErrors.length === 1
        ? fieldErrors[0].message
        : `There are ${fieldErrors.length} problems with what was entered.`,
      fieldErrors,
    );
  }
}

/** Turns `[field, problem or null]` checks into the field errors that were found. */
export function fieldErrors(checks: [string, string | null][]): FieldError[] {
  return checks
    .filter((check): check is [string, string] => check[1] !== null)
    .map(([field, message]) => ({ field, message }));
}

/** Throws ValidationFailed when the rules found anything; nothing is changed in that case. */
export function assertValid(fieldErrors: FieldError[]): void {
  if (fieldErrors.length) throw new ValidationFailed(fieldErrors);
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super(DomainErrorCode.NOT_FOUND, `${what} was not found, or you do not have access to it.`);
  }
}

export class EditConflict extends DomainError {
  constructor(what: string) {
    super(
      DomainErrorCode.CONFLICT,
      `${what} was changed by someone else after you opened it. Reload to see their changes, then make yours again.`,
    );
  }
}
