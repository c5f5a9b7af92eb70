import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema, SCHEMA_FILE } from './graphql-schema';

describe('the committed GraphQL schema', () => {
  it('matches the resolvers (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', '..', SCHEMA_FILE), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
