export * from './start-monitoring-page';
export * from './monitoring-page';
export * from './monitoring-list-page';
export * from './premises-monitoring';
