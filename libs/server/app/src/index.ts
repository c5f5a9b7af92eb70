export { AppModule } from './app.module';
export { createApiApp } from './create-app';
export { schemaParts } from './schema-parts';
export { printApiSchema, SCHEMA_FILE } from './graphql-schema';
export { seedDemoData } from './seed/seed-demo';
export { DEMO_PASSWORD, demoUsers } from './seed/demo-borough';
