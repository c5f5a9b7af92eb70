/**
 * ISO 8601 durations as the powers catalogue stores them (P2Y, P3M, P28D, PT48H, P1Y6M), in words.
 * Weeks (P2W) are accepted too. Anything that is not such a duration is returned as it was given.
 */
const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

export function durationInWords(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DURATION.exec(iso.trim().toUpperCase());
  if (!match || iso.trim().toUpperCase().endsWith('T')) return iso;
  const parts = UNITS.flatMap((unit, index) => {
    const amount = match[index + 1];
    if (amount === undefined) return [];
    const count = Number(amount);
    return [`${count} ${unit}${count === 1 ? '' : 's'}`];
  });
  if (parts.length === 0) return iso;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What is wrong with a duration a user typed (ISO 8601, like P2Y or PT48H), or null; blank is allowed. */
export function isoDurationProblem(value: string | null | undefined, label: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim().toUpperCase();
  const match = ISO_DURATION.exec(text);
  const positive = match !== null && match.slice(1).some((amount) => amount !== undefined && Number(amount) > 0);
  if (!match || text.endsWith('T') || !positive)
    return `${label} must be a period like P2Y (2 years), P3M (3 months), P28D (28 days) or PT48H (48 hours)`;
  return null;
}
