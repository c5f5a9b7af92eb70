export * from './new-visit-plan-page';
export * from './visit-plan-page';
export * from './edit-visit-plan-page';
export * from './visit-status-tag';
export * from './group-visits';
export * from './my-visits';
export * from './record-visit-page';
export * from './visit-record-page';
