import type { EntryRight, PowerCategory, PowerCondition } from './power';

export const POWER_CATEGORY_LABELS: Record<PowerCategory, string> = {
  ENTRY_INSPECTION: 'Entry and inspection',
  NOTICE: 'Notice',
  PROHIBITION_CLOSURE: 'Prohibition or closure',
  LICENCE_ACTION: 'Licence action',
  CIVIL_ORDER: 'Civil order',
  INFORMATION_REQUEST: 'Information request',
  OBSERVATION_ONLY: 'Observation only',
  SEIZURE: 'Seizure',
  PROSECUTION: 'Prosecution',
};

/** Whether a power gives entry to premises. */
export const ENTRY_RIGHT_LABELS: Record<EntryRight, string> = {
  YES: 'Yes',
  WITH_NOTICE: 'With notice',
  WARRANT_ONLY: 'With a warrant only',
  NONE: 'No power of entry',
};

/** Where or when the law lets a power be used. */
export const POWER_CONDITION_LABELS: Record<PowerCondition, string> = {
  NOT_DWELLING: 'Not on a private dwelling',
  RESIDENTIAL_USE: 'Only where someone lives, or on an empty dwelling',
  LICENSABLE_ACTIVITY: 'Only where licensable activity is recorded',
  TRADE_PREMISES: 'Only on trade premises',
  BUSINESS_HOURS: 'Entry only during business hours',
};
