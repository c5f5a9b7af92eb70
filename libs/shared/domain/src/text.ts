/** Shared text rules: trims, and checks length, so the web app and the server say the same thing. */
export function requiredText(value: string | null | undefined, label: string, max: number): string | null {
  if (!value || !value.trim()) return `Enter ${label}`;
  if (value.trim().length > max) return `${capitalise(label)} must be ${max} characters or fewer`;
  return null;
}

export function optionalText(value: string | null | undefined, label: string, max: number): string | null {
  if (value && value.trim().length > max) return `${capitalise(label)} must be ${max} characters or fewer`;
  return null;
}

export function emailProblem(value: string | null | undefined, required = false): string | null {
  if (!value || !value.trim()) return required ? 'Enter an email address' : null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()))
    return 'Enter an email address in the correct format, like name@example.gov.uk';
  if (value.trim().length > 254) return 'Email address must be 254 characters or fewer';
  return null;
}

export function phoneProblem(value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  const digits = value.replace(/[\s()+-]/g, '');
  if (!/^[0-9]{10,13}$/.test(digits)) return 'Enter a telephone number, like 01632 960 001 or +44 7700 900 982';
  return null;
}

export function oneOf<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  label: string,
): string | null {
  if (!value) return `Select ${label}`;
  return allowed.includes(value as T) ? null : `${capitalise(label)} must be one of the listed options`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Empty strings mean "nothing entered". */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** "a, b and c": a list as a sentence says it. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The text cut to `max` characters with an ellipsis, for titles made from what users wrote. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
