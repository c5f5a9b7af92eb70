export * from './users-page';
export * from './new-user-page';
