export { createApiApp } from './create-app';
export { schemaParts } from './schema-parts';
export { printApiSchema, SCHEMA_FILE } from './graphql-schema';
