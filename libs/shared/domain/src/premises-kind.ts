/** What a premises of concern is (domain.md, "Premises and what is linked to them"). */
export const PREMISES_KINDS = [
  'RESIDENTIAL_PROPERTY',
  'HMO',
  'FLATS_COMMON_AREAS',
  'EMPTY_DWELLING',
  'SHOP',
  'CONVENIENCE_STORE',
  'TAKEAWAY',
  'RESTAURANT_CAFE',
  'OFF_LICENCE',
  'PUB_BAR',
  'NIGHTCLUB',
  'SHISHA_BAR',
  'HOTEL_BNB',
  'CAR_WASH',
  'GARAGE',
  'TAXI_OFFICE',
  'OFFICE',
  'WAREHOUSE',
  'PLACE_OF_ASSEMBLY',
  'PLACE_OF_WORSHIP',
  'CARE_HOME',
  'PARK_OPEN_SPACE',
  'OTHER',
] as const;
export type PremisesKind = (typeof PREMISES_KINDS)[number];

export const PREMISES_KIND_LABELS: Record<PremisesKind, string> = {
  RESIDENTIAL_PROPERTY: 'Residential property',
  HMO: 'House in multiple occupation (HMO)',
  FLATS_COMMON_AREAS: 'Block of flats (common areas)',
  EMPTY_DWELLING: 'Empty dwelling',
  SHOP: 'Shop',
  CONVENIENCE_STORE: 'Convenience store',
  TAKEAWAY: 'Takeaway',
  RESTAURANT_CAFE: 'Restaurant or cafe',
  OFF_LICENCE: 'Off-licence',
  PUB_BAR: 'Pub or bar',
  NIGHTCLUB: 'Nightclub',
  SHISHA_BAR: 'Shisha bar',
  HOTEL_BNB: 'Hotel or B&B',
  CAR_WASH: 'Car wash',
  GARAGE: 'Garage',
  TAXI_OFFICE: 'Taxi office',
  OFFICE: 'Office',
  WAREHOUSE: 'Warehouse',
  PLACE_OF_ASSEMBLY: 'Place of assembly',
  PLACE_OF_WORSHIP: 'Place of worship',
  CARE_HOME: 'Care home',
  PARK_OPEN_SPACE: 'Park or open space',
  OTHER: 'Other',
};

/** Whether people live there, trade there, or both: it decides which powers apply. */
export const PREMISES_USES = ['DWELLING', 'TRADE', 'BOTH', 'NEITHER'] as const;
export type PremisesUse = (typeof PREMISES_USES)[number];

export const PREMISES_STATUSES = [
  'OF_CONCERN',
  'UNDER_OPERATION',
  'ACTION_TAKEN',
  'CLOSED',
  'UNDER_MONITORING',
  'NO_FURTHER_ACTION',
] as const;
export type PremisesStatus = (typeof PREMISES_STATUSES)[number];

/** How a person is linked to premises. */
export const PERSON_ROLES = [
  'OWNER',
  'MANAGER',
  'LANDLORD',
  'LICENCE_HOLDER',
  'EMPLOYEE',
  'TENANT',
  'ASSOCIATE',
  'VISITOR',
  'OTHER',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** UK vehicle registrations, stored upper case without spaces (e.g. "AB12CDE"). */
export function normaliseRegistration(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function registrationProblem(input: string | null | undefined): string | null {
  if (!input || !input.trim()) return 'Enter the registration number';
  if (!/^[A-Z0-9]{2,8}$/.test(normaliseRegistration(input)))
    return 'Registration must be 2 to 8 letters and numbers, like AB12 CDE';
  return null;
}
