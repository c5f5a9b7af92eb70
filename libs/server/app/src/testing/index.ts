export * from './test-database';
export * from './graphql-client';
export * from './test-api';
