/**
 * UK postcodes: outward code (area, district) and inward code (sector, unit), per the
 * Royal Mail format, including the special case GIR 0AA. Normalised to upper case with one space.
 */
const POSTCODE =
  /^(GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})$/;

export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export function isValidPostcode(input: string): boolean {
  return POSTCODE.test(normalisePostcode(input));
}

/** Returns the problem with a postcode a user typed, or null when it is a valid UK postcode. */
export function postcodeProblem(input: string | null | undefined): string | null {
  if (!input || !input.trim()) return 'Enter a postcode';
  if (!isValidPostcode(input)) return 'Enter a real UK postcode, like AB1 2CD';
  return null;
}

/** A Unique Property Reference Number: a whole number of up to 12 digits. */
export function uprnProblem(input: string | null | undefined): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  if (!/^[0-9]{1,12}$/.test(input.trim())) return 'UPRN must be a number of up to 12 digits';
  return null;
}
