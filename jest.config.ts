import type { Config } from 'jest';

/** Tests live beside the code: *.spec.ts (units), *.int-spec.ts (real PostgreSQL and Redis), *.e2e-spec.ts (browser). */
const transform: Config['transform'] = { '^.+\\.(t|j)sx?$': ['@swc/jest', {}] };
const roots = ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'];

const config: Config = {
  // Jest reads the timeout for the whole run, not per project: browser journeys need the most (two workers share
  // two cores, so a long journey can take minutes on a busy machine).
  testTimeout: 240_000,
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform, roots, testMatch: ['**/*.spec.ts', '**/*.spec.tsx'] },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      roots,
      testMatch: ['**/*.int-spec.ts'],
    },
    { displayName: 'browser', testEnvironment: 'node', transform, roots, testMatch: ['**/*.e2e-spec.ts'] },
  ],
};

export default config;
