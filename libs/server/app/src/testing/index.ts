export * from './test-database';
export * from './graphql-client';
export * from './test-api';
export * from './visit-briefing-fixture';
export * from './redis-server';
