/** Messages about what a user entered, keyed by the input's field name (as the API names it). */
export type FieldErrors = Partial<Record<string, string>>;

/** One line of an error summary: the message and the id of the input it is about. */
export interface ErrorSummaryItem {
  message: string;
  /** The id of the input to move to; omitted for a problem with the whole form. */
  fieldId?: string;
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * The error summary's lines, in the order the fields appear on the page. `fields` maps each field name
 * to its input's id; errors for fields not on the form are listed last, without a link.
 */
export function errorSummaryItems(errors: FieldErrors, fields: Record<string, string>): ErrorSummaryItem[] {
  const onForm = Object.entries(fields)
    .filter(([field]) => errors[field])
    .map(([field, fieldId]) => ({ message: errors[field] as string, fieldId }));
  const elsewhere = Object.entries(errors)
    .filter(([field, message]) => message && !(field in fields))
    .map(([, message]) => ({ message: message as string }));
  return [...onForm, ...elsewhere];
}
