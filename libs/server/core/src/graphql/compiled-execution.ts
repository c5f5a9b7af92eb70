import {
  execute,
  GraphQLError,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { GatewayExecutionResult, GatewayInterface } from '@apollo/server-gateway-interface';

/** What Apollo hands a gateway's executor, of what this one reads. */
interface GatewayRequest {
  /** SHA-256 of the query text. */
  queryHash: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  request: { variables?: Record<string, unknown> };
  context: unknown;
}

/**
 * Executes GraphQL queries with graphql-jit instead of graphql-js: each query is compiled once into a function that
 * walks its own selection, so a large answer (the group board: a thousand objects, eight thousand fields) no longer
 * costs graphql-js's generic walk, which allocates a dictionary object for every field and every object.
 *
 * Only queries: a mutation's answer is small, and its input is where graphql-jit's own reading of variables differs
 * from graphql-js (it refuses an omitted non-null input field that has a default). A query whose variables graphql-jit
 * refuses runs through graphql-js as well, so what is accepted and the errors for what is not stay graphql-js's;
 * nothing has run when graphql-jit refuses variables.
 *
 * Apollo Server runs a custom executor only through its gateway interface, which this implements for the schema Nest
 * builds: `schemaOf` captures it (Nest's `transformSchema`). Apollo's parsing, validation, request limits, plugins and
 * error formatting are unchanged. Compiled queries are kept per query text and operation, the most recently used
 * `maxCompiled` of them: a compiled query is far larger than its text, so a client sending endless different queries
 * must not grow the server's memory without end (Apollo's document store is bounded by the texts' size).
 */
export class CompiledExecution implements GatewayInterface {
  private schema?: GraphQLSchema;
  private readonly compiled: LRUCache<string, CompiledQuery | ExecutionResult>;

  constructor(maxCompiled = 500) {
    this.compiled = new LRUCache({ max: maxCompiled });
  }

  /** How many compiled queries are kept. */
  get compiledQueries(): number {
    return this.compiled.size;
  }

  /** For Nest's `transformSchema`: remembers the schema, with its plain property reads left to the compiled code. */
  readonly schemaOf = (schema: GraphQLSchema): GraphQLSchema => {
    for (const type of Object.values(schema.getTypeMap()))
      if (isObjectType(type) && !type.name.startsWith('__'))
        for (const [name, field] of Object.entries(type.getFields()))
          if (field.resolve && readsOnlyProperty(field.resolve, name)) field.resolve = undefined;
    return (this.schema = schema);
  };

  onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load() {
    const schema = this.requireSchema();
    return {
      executor: async ({ queryHash, document, operation, operationName, request, context }: GatewayRequest) => {
        const variableValues = request.variables ?? {};
        if (operation.operation === 'query') {
          const compiled = this.compile(schema, queryHash, document, operationName ?? undefined);
          if (isCompiledQuery(compiled)) {
            const result = await compiled.query(undefined, context, variableValues);
            // Without `data`, graphql-jit refused the variables and ran nothing.
            if ('data' in result) return withGraphqlErrors(result);
          }
        }
        return execute({ schema, document, operationName, variableValues, contextValue: context });
      },
    };
  }

  async stop(): Promise<void> {
    return undefined;
  }

  private compile(schema: GraphQLSchema, queryHash: string, document: DocumentNode, operationName?: string) {
    const key = `${queryHash} ${operationName ?? ''}`;
    let compiled = this.compiled.get(key);
    if (!compiled) this.compiled.set(key, (compiled = compileQuery(schema, document, operationName)));
    return compiled;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution needs the schema first: pass schemaOf as transformSchema');
    return this.schema;
  }
}

/**
 * graphql-jit's errors are its own objects, with a read-only message; Apollo's plugins (the request limits' removal
 * of field suggestions) and our error formatting expect graphql-js's. Same message, path, cause and extensions.
 */
function withGraphqlErrors(result: ExecutionResult): GatewayExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map(
      (error) =>
        new GraphQLError(error.message, {
          path: error.path,
          originalError: error.originalError ?? undefined,
          extensions: error.extensions,
        }),
    ),
  };
}

/**
 * Nest gives every field of an object type a resolver, even a plain one: it reads the property of the same name
 * (`rootFieldResolver`). graphql-jit calls a field's resolver with a resolve-info object built for each value, where a
 * field without one is compiled into the property read itself. So a resolver that is exactly that read (it reads the
 * property of the field's own name and nothing else, and has no default) is taken off: tried on a stand-in object that
 * records what is read.
 */
function readsOnlyProperty(resolve: GraphQLFieldResolver<unknown, unknown>, name: string): boolean {
  if (resolve.name !== 'rootFieldResolver') return false;
  const read: PropertyKey[] = [];
  const standIn = new Proxy({}, { get: (_target, property) => (read.push(property), undefined) });
  try {
    const value = (resolve as (root: unknown) => unknown)(standIn);
    return value === undefined && read.length === 1 && read[0] === name;
  } catch {
    return false;
  }
}
