import type { PersonRole, PremisesStatus, PremisesUse } from './premises-kind';

/** How each premises status reads to a user. */
export const PREMISES_STATUS_LABELS: Record<PremisesStatus, string> = {
  OF_CONCERN: 'Of concern',
  UNDER_OPERATION: 'Under operation',
  ACTION_TAKEN: 'Action taken',
  CLOSED: 'Closed',
  UNDER_MONITORING: 'Under monitoring',
  NO_FURTHER_ACTION: 'No further action',
};

/** Whether people live at a premises, trade there, or both. */
export const PREMISES_USE_LABELS: Record<PremisesUse, string> = {
  DWELLING: 'Dwelling (people live there)',
  TRADE: 'Trade premises',
  BOTH: 'Both a dwelling and trade premises',
  NEITHER: 'Neither',
};

/** How a person is linked to a premises. */
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  OWNER: 'Owner',
  MANAGER: 'Manager',
  LANDLORD: 'Landlord',
  LICENCE_HOLDER: 'Licence holder',
  EMPLOYEE: 'Employee',
  TENANT: 'Tenant',
  ASSOCIATE: 'Associate',
  VISITOR: 'Visitor',
  OTHER: 'Other',
};
