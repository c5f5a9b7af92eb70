/** The kinds of agency that take part in disruption operations (domain.md, "Agencies and the powers they hold"). */
export const AGENCY_TYPES = [
  'POLICE',
  'FIRE_AND_RESCUE',
  'LICENSING',
  'ENVIRONMENTAL_HEALTH',
  'TRADING_STANDARDS',
  'BUILDING_CONTROL',
  'PLANNING_ENFORCEMENT',
  'STRATEGIC_HOUSING',
  'REVENUES_AND_BENEFITS',
  'COMMUNITY_SAFETY_ASB',
  'CHILDRENS_SOCIAL_CARE',
  'OTHER',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  POLICE: 'Police',
  FIRE_AND_RESCUE: 'Fire and rescue',
  LICENSING: 'Licensing',
  ENVIRONMENTAL_HEALTH: 'Environmental health',
  TRADING_STANDARDS: 'Trading standards',
  BUILDING_CONTROL: 'Building control',
  PLANNING_ENFORCEMENT: 'Planning enforcement',
  STRATEGIC_HOUSING: 'Strategic housing',
  REVENUES_AND_BENEFITS: 'Revenues and benefits',
  COMMUNITY_SAFETY_ASB: 'Community safety / ASB',
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  OTHER: 'Other',
};
