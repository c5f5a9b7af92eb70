import {
  ROLES_COORDINATING,
  ROLES_EDITING_PREMISES,
  ROLES_READING_BOARD_REPORTS,
  ROLES_SEEING_PERSONAL_DATA,
} from './role';
import type { Role } from './role';

/** Who may see premises, the people linked to them and officers' details (board members see aggregates only). */
export function maySeePersonalData(role: Role): boolean {
  return ROLES_SEEING_PERSONAL_DATA.includes(role);
}

/** Who may record and edit premises of concern and what is linked to them. */
export function mayEditPremises(role: Role): boolean {
  return ROLES_EDITING_PREMISES.includes(role);
}

/** Who may manage agencies, their officers and the powers catalogue. */
export function mayAdminister(role: Role): boolean {
  return role === 'ADMINISTRATOR';
}

/** Who may form and run task and finish groups, their tasks and their visit plans. */
export function mayCoordinate(role: Role): boolean {
  return ROLES_COORDINATING.includes(role);
}

/** Who may read the partnership board's outcome report and download it. */
export function mayReadBoardReports(role: Role): boolean {
  return ROLES_READING_BOARD_REPORTS.includes(role);
}
