export * from './premises-search-page';
export * from './premises-page';
export * from './new-premises-page';
export * from './edit-premises-page';
export * from './premises-status-tag';
export * from './premises-search';
export * from './section-notice';
export * from './unlink-button';
