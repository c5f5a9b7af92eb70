export * from './notifications-page';
export * from './notifications-link';
