/** The shape of the powers catalogue (domain.md: "Each power records ..."). */
export const POWER_CATEGORIES = [
  'ENTRY_INSPECTION',
  'NOTICE',
  'PROHIBITION_CLOSURE',
  'LICENCE_ACTION',
  'CIVIL_ORDER',
  'INFORMATION_REQUEST',
  'OBSERVATION_ONLY',
  'SEIZURE',
  'PROSECUTION',
] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];

/** Whether the power gives entry to premises. */
export const ENTRY_RIGHTS = ['YES', 'WITH_NOTICE', 'WARRANT_ONLY', 'NONE'] as const;
export type EntryRight = (typeof ENTRY_RIGHTS)[number];

/**
 * Conditions the law puts on where or when a power can be used; the visit-plan checks read them.
 * - NOT_DWELLING: not on a private dwelling (e.g. fire safety order).
 * - RESIDENTIAL_USE: only where someone lives or the premises is an empty dwelling (Housing Act 2004).
 * - LICENSABLE_ACTIVITY: only where licensable activity is recorded (Licensing Act 2003).
 * - TRADE_PREMISES: only on trade premises.
 * - BUSINESS_HOURS: entry only during business hours.
 */
export const POWER_CONDITIONS = [
  'NOT_DWELLING',
  'RESIDENTIAL_USE',
  'LICENSABLE_ACTIVITY',
  'TRADE_PREMISES',
  'BUSINESS_HOURS',
] as const;
export type PowerCondition = (typeof POWER_CONDITIONS)[number];
