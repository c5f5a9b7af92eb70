export * from './current-user';
export * from './return-to';
export * from './require-sign-in';
export * from './require-role';
export * from './sign-out';
export * from './sign-in-page';
