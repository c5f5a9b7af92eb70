export { AppModule } from './app.module';
export { createApiApp } from './create-app';
export { schemaParts } from './schema-parts';
export { printApiSchema, SCHEMA_FILE } from './graphql-schema';
export { seedDemoData } from './seed/seed-demo';
export { DEMO_PASSWORD, demoUsers } from './seed/demo-borough';
export { expectedHistoryFigures, planDemoHistory, seedDemoHistory } from './seed/demo-history';
export type { DemoHistory } from './seed/demo-history';
