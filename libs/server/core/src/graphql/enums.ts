import { registerEnumType } from '@nestjs/graphql';
import {
  AGENCY_TYPES,
  GROUP_STAGES,
  REVIEW_SCHEDULES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  ENTRY_RIGHTS,
  POWER_CATEGORIES,
  POWER_CONDITIONS,
  PREMISES_KINDS,
  PREMISES_STATUSES,
  PREMISES_USES,
  PERSON_ROLES,
  ROLES,
  ATTENDANCE_RESPONSES,
  RISK_LEVELS,
  VISIT_STATUSES,
  VISIT_WARNING_CODES,
} from '@lantern/shared/domain';

/** Turns a list of domain values into a GraphQL enum of the same names. */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const AgencyTypeEnum = graphqlEnum(AGENCY_TYPES, 'AgencyType', 'The kind of agency.');
export const RoleEnum = graphqlEnum(ROLES, 'Role', 'What a user may do.');
export const PremisesKindEnum = graphqlEnum(PREMISES_KINDS, 'PremisesKind', 'What a premises is.');
export const PremisesUseEnum = graphqlEnum(
  PREMISES_USES,
  'PremisesUse',
  'Whether people live there, trade there, or both.',
);
export const PremisesStatusEnum = graphqlEnum(
  PREMISES_STATUSES,
  'PremisesStatus',
  'Where a premises of concern stands.',
);
export const PowerCategoryEnum = graphqlEnum(POWER_CATEGORIES, 'PowerCategory', 'What kind of power it is.');
export const EntryRightEnum = graphqlEnum(ENTRY_RIGHTS, 'EntryRight', 'Whether a power gives entry to premises.');
export const PowerConditionEnum = graphqlEnum(
  POWER_CONDITIONS,
  'PowerCondition',
  'Where or when the law lets a power be used.',
);
export const PersonRoleEnum = graphqlEnum(PERSON_ROLES, 'PersonRole', 'How a person is linked to premises.');
export const GroupStageEnum = graphqlEnum(
  GROUP_STAGES,
  'GroupStage',
  'Where a task and finish group is in its lifecycle.',
);
export const ReviewScheduleEnum = graphqlEnum(REVIEW_SCHEDULES, 'ReviewSchedule', 'How often monitoring is reviewed.');
export const TaskStatusEnum = graphqlEnum(TASK_STATUSES, 'TaskStatus', 'Where a task stands.');
export const TaskPriorityEnum = graphqlEnum(TASK_PRIORITIES, 'TaskPriority', 'How urgent a task is.');
export const VisitStatusEnum = graphqlEnum(VISIT_STATUSES, 'VisitStatus', 'Where a joint visit plan stands.');
export const AttendanceResponseEnum = graphqlEnum(
  ATTENDANCE_RESPONSES,
  'AttendanceResponse',
  'Whether an officer asked to attend a visit has confirmed.',
);
export const RiskLevelEnum = graphqlEnum(RISK_LEVELS, 'RiskLevel', 'The risk to officers at a visit.');
export const VisitWarningCodeEnum = graphqlEnum(
  VISIT_WARNING_CODES,
  'VisitWarningCode',
  'A law check on a visit plan that found something to acknowledge.',
);
