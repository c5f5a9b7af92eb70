import type { EnforcementActionKind } from '@lantern/shared/domain';
/**
 * The rules of the board report (issue 8), as plain functions: small-count suppression, medians and spreads, and
 * change against the previous period. docs/board-reports.md explains each figure and the threshold.
 */

/** Counts from 1 up to (not including) this are never shown: "fewer than 5". Zero is shown as 0. */
export const SUPPRESSION_THRESHOLD = 5;

export const SMALL_COUNT_TEXT = `fewer than ${SUPPRESSION_THRESHOLD}`;
/** A cell hidden so that a small one cannot be worked out from a total and the cells beside it. */
export const WITHHELD_TEXT = 'withheld';

export type Suppression = 'NONE' | 'SMALL' | 'WITHHELD';

/** One figure as it may leave the server: the number only when it cannot identify anyone. */
export interface ReportCell {
  value: number | null;
  display: string;
  suppression: Suppression;
}

const formatNumber = (value: number) => value.toLocaleString('en-GB');

export function isSmallCount(value: number): boolean {
  return value > 0 && value < SUPPRESSION_THRESHOLD;
}

export function shownCell(value: number, display = formatNumber(value)): ReportCell {
  return { value, display, suppression: 'NONE' };
}

const smallCell = (): ReportCell => ({ value: null, display: SMALL_COUNT_TEXT, suppression: 'SMALL' });
const withheldCell = (): ReportCell => ({ value: null, display: WITHHELD_TEXT, suppression: 'WITHHELD' });

/** A count on its own (a headline figure): suppressed when between 1 and the threshold. */
export function countCell(value: number): ReportCell {
  return isSmallCount(value) ? smallCell() : shownCell(value);
}

/**
 * A breakdown and its total (e.g. arrests by agency, and all arrests), suppressed together.
 *
 * - Primary: each count from 1 to 4 (and the total, if it is one) is "fewer than 5".
 * - Secondary: while the hidden cells could be worked out from the total minus the shown cells (one hidden
 *   cell alone, or hidden cells adding up to less than the threshold), the smallest shown non-zero cell is
 *   withheld too; when none is left, the total is withheld.
 *
 * The cells need not add up to the total (a visit attended by two agencies counts for each): the rule then
 * withholds more than it strictly has to, never less.
 */
export function suppressBreakdown(
  values: readonly number[],
  total: number,
): { cells: ReportCell[]; total: ReportCell } {
  const cells = values.map(countCell);
  const totalCell = countCell(total);
  if (totalCell.suppression !== 'NONE') return { cells, total: totalCell };
  for (;;) {
    const hidden = cells.map((cell, i) => (cell.suppression === 'NONE' ? -1 : i)).filter((i) => i >= 0);
    if (hidden.length === 0) return { cells, total: totalCell };
    const hiddenSum = total - cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
    if (hidden.length >= 2 && hiddenSum >= SUPPRESSION_THRESHOLD) return { cells, total: totalCell };
    const candidates = cells
      .map((cell, i) => ({ value: cell.value ?? 0, i, shown: cell.suppression === 'NONE' }))
      .filter((c) => c.shown && c.value > 0)
      .sort((a, b) => a.value - b.value || a.i - b.i);
    if (candidates.length === 0) return { cells, total: withheldCell() };
    cells[candidates[0].i] = withheldCell();
  }
}

/** A share (e.g. reports with feedback) as a whole percentage: hidden when either count is. */
export function shareCell(part: ReportCell, whole: ReportCell): ReportCell {
  if (part.value === null || whole.value === null) return withheldCell();
  if (whole.value === 0) return { value: null, display: 'none received', suppression: 'NONE' };
  const percent = Math.round((100 * part.value) / whole.value);
  return shownCell(percent, `${percent}%`);
}

export interface Change {
  /** Current minus previous; null when either is hidden, so a hidden figure cannot be recovered from it. */
  difference: number | null;
  display: string;
}

/** How a figure moved since the previous period. */
export function changeBetween(current: ReportCell, previous: ReportCell, unit = ''): Change {
  if (current.value === null || previous.value === null) return { difference: null, display: 'not shown' };
  const difference = current.value - previous.value;
  if (difference === 0) return { difference, display: 'no change' };
  const sign = difference > 0 ? '+' : '−';
  return { difference, display: `${sign}${formatNumber(Math.abs(difference))}${unit}` };
}

/** The value at a quantile of sorted numbers, interpolated like PostgreSQL's percentile_cont. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('No values');
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export interface DurationSummary {
  /** How many groups the durations are over (suppressed like any count). */
  count: ReportCell;
  /** Days, one decimal; null when fewer than the threshold (a median of 2 groups is 2 groups' dates). */
  medianDays: number | null;
  lowerQuartileDays: number | null;
  upperQuartileDays: number | null;
  display: string;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const days = (value: number) => `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;

/** Median and interquartile range of durations in days; nothing but "fewer than 5" for fewer than 5 of them. */
export function summariseDurations(values: readonly number[]): DurationSummary {
  const count = countCell(values.length);
  if (values.length === 0) {
    return { count, medianDays: null, lowerQuartileDays: null, upperQuartileDays: null, display: 'none' };
  }
  if (count.value === null) {
    return { count, medianDays: null, lowerQuartileDays: null, upperQuartileDays: null, display: SMALL_COUNT_TEXT };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const median = oneDecimal(quantile(sorted, 0.5));
  const lower = oneDecimal(quantile(sorted, 0.25));
  const upper = oneDecimal(quantile(sorted, 0.75));
  return {
    count,
    medianDays: median,
    lowerQuartileDays: lower,
    upperQuartileDays: upper,
    display: `${days(median)} (middle half ${formatNumber(lower)} to ${days(upper)})`,
  };
}

/** The enforcement outcomes the board counts, each a set of action kinds (docs/board-reports.md). */
export const ACTION_MEASURES = [
  { key: 'noticesServed', label: 'Enforcement notices served', kinds: ['NOTICE_SERVED'] },
  {
    key: 'prohibitionsAndClosures',
    label: 'Prohibitions and closures',
    kinds: ['PROHIBITION', 'CLOSURE_NOTICE', 'CLOSURE_ORDER'],
  },
  { key: 'civilOrders', label: 'Civil orders', kinds: ['CIVIL_ORDER'] },
  {
    key: 'licenceActions',
    label: 'Licence actions',
    kinds: ['LICENCE_REVIEW', 'LICENCE_SUSPENSION', 'LICENCE_REVOCATION'],
  },
  { key: 'seizures', label: 'Seizures', kinds: ['SEIZURE'] },
  { key: 'arrests', label: 'Arrests', kinds: ['ARREST'] },
  { key: 'referrals', label: 'Referrals', kinds: ['REFERRAL'] },
] as const satisfies readonly { key: string; label: string; kinds: readonly EnforcementActionKind[] }[];

export const VISIT_MEASURES = [
  { key: 'jointOperations', label: 'Joint operations' },
  { key: 'disruptionVisits', label: 'Disruption visits' },
  { key: 'premisesVisited', label: 'Premises visited' },
] as const;

/** The measure an action kind counts towards, if any (advice, warnings, inspections and no action count in none). */
export function actionMeasureOf(kind: string): (typeof ACTION_MEASURES)[number]['key'] | null {
  return ACTION_MEASURES.find((measure) => (measure.kinds as readonly string[]).includes(kind))?.key ?? null;
}
