import { createServer } from 'node:http';
import Module from 'node:module';
import { dirname } from 'node:path';

/**
 * The benchmark's peer (`npm run bench` starts it as a child process): PostGraphile 4 serving DATABASE_URL's public
 * schema on PORT, with no access control or auditing. PostGraphile 4 needs graphql 15 while the app uses 16, and npm
 * hoists graphile-build onto the app's 16 (two graphql copies fail with "Unexpected input type"), so every `graphql`
 * import in this process resolves to PostGraphile's own copy.
 */
const graphql15 = dirname(
  require.resolve('graphql/package.json', { paths: [dirname(require.resolve('postgraphile'))] }),
);
const resolving = Module as unknown as {
  _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string;
};
const resolve = resolving._resolveFilename;
resolving._resolveFilename = (request, parent, ...rest) =>
  resolve(
    request === 'graphql' || request.startsWith('graphql/') ? request.replace(/^graphql/, graphql15) : request,
    parent,
    ...rest,
  );

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const server = createServer(
  postgraphile(process.env['DATABASE_URL'], 'public', {
    disableQueryLog: true,
    graphiql: false,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    retryOnInitFail: false,
  }),
);
server.listen(Number(process.env['PORT']), '127.0.0.1');
