export * from './record-action-page';
export * from './action-page';
export * from './premises-enforcement-actions';
export { ActionStatusTag } from './action-status-tag';
export { PremisesEnforcementActionsFragment } from './enforcement-documents';
