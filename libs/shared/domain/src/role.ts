/** What a signed-in user may do; every user also belongs to one agency. */
export const ROLES = [
  'ADMINISTRATOR',
  'COORDINATOR',
  'AGENCY_OFFICER',
  'INTELLIGENCE_OFFICER',
  'BOARD_MEMBER',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMINISTRATOR: 'Administrator',
  COORDINATOR: 'Coordinator',
  AGENCY_OFFICER: 'Agency officer',
  INTELLIGENCE_OFFICER: 'Intelligence officer',
  BOARD_MEMBER: 'Board member',
};

/** The person behind a request, as the server's guard established it. */
export interface Viewer {
  userId: string;
  agencyId: string;
  role: Role;
  sessionId: string;
}

/** Roles that may see personal data (names, dates of birth, linked people). Board members see aggregates only. */
export const ROLES_SEEING_PERSONAL_DATA: readonly Role[] = [
  'ADMINISTRATOR',
  'COORDINATOR',
  'AGENCY_OFFICER',
  'INTELLIGENCE_OFFICER',
];
/** Roles that record and edit premises of concern. */
export const ROLES_EDITING_PREMISES: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'];

/** Roles that form and run task and finish groups and build joint visit plans. */
export const ROLES_COORDINATING: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'];

/**
 * Roles that see only the records their own agency takes part in. Administrators, coordinators and
 * intelligence officers work across agencies and see every premises.
 */
export const ROLES_SCOPED_TO_THEIR_AGENCY: readonly Role[] = ['AGENCY_OFFICER'];

/** The agency whose involvement limits what a viewer sees, or null when the viewer sees everything their role allows. */
export function scopingAgency(viewer: Pick<Viewer, 'role' | 'agencyId'> | null): string | null {
  return viewer && ROLES_SCOPED_TO_THEIR_AGENCY.includes(viewer.role) ? viewer.agencyId : null;
}

/** What is wrong with a new password, or null: length is what protects it (argon2 does the rest). */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'Password must be 12 characters or more';
  if (password.length > 200) return 'Password must be 200 characters or fewer';
  return null;
}

/** Roles that read the partnership board's outcome report (counts only); agency officers do not. */
export const ROLES_READING_BOARD_REPORTS: readonly Role[] = [
  'ADMINISTRATOR',
  'COORDINATOR',
  'INTELLIGENCE_OFFICER',
  'BOARD_MEMBER',
];
