import type { CodegenConfig } from '@graphql-codegen/cli';
import * as path from 'node:path';

/**
 * Typed GraphQL documents for the web app, from the schema file the API emits (libs/server/app/schema.graphql),
 * never from a running server. Run from the repository root:
 *   npx graphql-codegen --config apps/web/codegen.ts
 * Feature folders write `graphql(`...`)` with the function re-exported by @lantern/web/graphql.
 *
 * The output lives in the web-graphql library (libs/web/graphql/src/gql), not in the app: the feature
 * libraries import `graphql()`, and a library importing from the app would be a circular dependency.
 */
const repo = path.resolve(__dirname, '../..');
const from = (relative: string) => path.join(repo, relative).split(path.sep).join('/');

const config: CodegenConfig = {
  schema: from('libs/server/app/schema.graphql'),
  documents: [
    from('apps/web/src/**/*.{ts,tsx}'),
    from('libs/web/**/*.{ts,tsx}'),
    `!${from('libs/web/graphql/src/gql/**')}`,
  ],
  ignoreNoDocuments: true,
  generates: {
    [from('libs/web/graphql/src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
