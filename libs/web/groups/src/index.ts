export * from './group-board-page';
export * from './group-page';
export * from './new-group-page';
export * from './edit-group-page';
export * from './group-stage-tag';
