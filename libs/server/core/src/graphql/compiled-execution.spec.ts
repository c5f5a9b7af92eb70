import {
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { createHash } from 'node:crypto';
import { CompiledExecution } from './compiled-execution';

/** As Nest builds a plain field: a resolver that reads the property of the field's name, or returns its default. */
function nestField(property: string, defaultValue?: unknown) {
  const rootFieldResolver = (root: Record<string, unknown>) => {
    const value = root[property];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

function schema() {
  const Status = new GraphQLEnumType({ name: 'Status', values: { OPEN: {}, CLOSED: {} } });
  const Action = new GraphQLObjectType({
    name: 'Action',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID), resolve: nestField('id') },
      status: { type: Status, resolve: nestField('status') },
      note: { type: GraphQLString, resolve: nestField('note', 'none recorded') },
      // Renamed in the schema: Nest reads the property, not the field's name.
      takenBy: { type: GraphQLString, resolve: nestField('officer') },
      shout: { type: GraphQLString, resolve: (action: { id: string }) => action.id.toUpperCase() },
    },
  });
  const Group = new GraphQLObjectType({
    name: 'Group',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID), resolve: nestField('id') },
      name: { type: new GraphQLNonNull(GraphQLString), resolve: nestField('name') },
      actions: { type: new GraphQLList(new GraphQLNonNull(Action)), resolve: nestField('actions') },
      secret: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('Not for you.');
        },
      },
    },
  });
  const groups = [
    { id: 'g1', name: 'Riverside', actions: [{ id: 'a1', status: 'OPEN', officer: 'PC Test' }] },
    { id: 'g2', name: 'Harbour', actions: [{ id: 'a2', status: 'CLOSED', note: 'Closure order served.' }] },
    { id: 'g3', name: null, actions: [] },
  ];
  const Filter = new GraphQLInputObjectType({
    name: 'Filter',
    fields: {
      names: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))), defaultValue: [] },
    },
  });
  return new GraphQLSchema({
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        rename: {
          type: Group,
          args: { name: { type: new GraphQLNonNull(GraphQLString) } },
          resolve: (_root, { name }: { name: string }, context: { writes: string[] }) => {
            context.writes.push(name);
            return { ...groups[0], name };
          },
        },
      },
    }),
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        named: {
          type: new GraphQLList(Group),
          args: { filter: { type: new GraphQLNonNull(Filter) } },
          resolve: (_root, { filter }: { filter: { names: string[] } }) =>
            groups.filter((group) => !filter.names.length || filter.names.includes(group.name ?? '')),
        },
        groups: {
          type: new GraphQLList(Group),
          args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: async (_root, { first }: { first: number }, context: { reads: number }) => {
            context.reads += 1;
            return groups.slice(0, first);
          },
        },
      },
    }),
  });
}

const hashOf = (query: string) => createHash('sha256').update(query).digest('hex');

const operationOf = (document: DocumentNode, name: string | null) =>
  document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' && (!name || definition.name?.value === name),
  )!;

async function both(query: string, variables: Record<string, unknown> = {}, operationName: string | null = null) {
  const expected = await execute({
    schema: schema(),
    document: parse(query),
    variableValues: variables,
    operationName,
    contextValue: { reads: 0, writes: [] },
  });
  const execution = new CompiledExecution();
  execution.schemaOf(schema());
  const { executor } = await execution.load();
  const context = { reads: 0, writes: [] as string[] };
  const document = parse(query);
  const actual = await executor({
    queryHash: hashOf(query),
    document,
    operation: operationOf(document, operationName),
    operationName,
    request: { variables },
    context,
  });
  return {
    expected: JSON.parse(JSON.stringify(expected)),
    actual: JSON.parse(JSON.stringify(actual)),
    context,
    executor,
    document,
  };
}

describe('CompiledExecution', () => {
  it('answers as graphql-js does: nesting, aliases, fragments, enums, defaults, renamed and computed fields', async () => {
    const { expected, actual, context } = await both(
      `query ($n: Int!) { groups(first: $n) { id title: name actions { ...A } } }
       fragment A on Action { id status note takenBy shout }`,
      { n: 2 },
    );
    expect(actual).toEqual(expected);
    expect(actual.data.groups[1].actions[0]).toEqual({
      id: 'a2',
      status: 'CLOSED',
      note: 'Closure order served.',
      takenBy: null,
      shout: 'A2',
    });
    expect(actual.data.groups[0].actions[0].note).toBe('none recorded');
    expect(context.reads).toBe(1);
  });

  it('reports errors as graphql-js does: a resolver that throws, null for a non-null field, a bad variable', async () => {
    // Without the locations in the query, which the API's error formatting does not pass on for these.
    const withoutLocations = ({ errors, ...rest }: { errors?: { locations?: unknown }[] }) => ({
      ...rest,
      errors: errors?.map(({ locations: _, ...error }) => error),
    });
    const thrown = await both(`{ groups(first: 1) { id secret } }`);
    expect(withoutLocations(thrown.actual)).toEqual(withoutLocations(thrown.expected));
    expect(thrown.actual.errors).toEqual([
      expect.objectContaining({ message: 'Not for you.', path: ['groups', 0, 'secret'] }),
    ]);

    const nonNull = await both(`{ groups(first: 3) { id name } }`);
    expect(withoutLocations(nonNull.actual)).toEqual(withoutLocations(nonNull.expected));
    expect(nonNull.actual.data.groups[2]).toBeNull();
    expect(nonNull.actual.errors.map((e: { path: unknown }) => e.path)).toEqual([['groups', 2, 'name']]);

    const badVariable = await both(`query ($n: Int!) { groups(first: $n) { id } }`, { n: 'three' });
    expect(badVariable.actual.data).toBeUndefined();
    expect(badVariable.actual.errors[0].message).toContain('$n');
  });

  it('gives graphql-js errors, whose message Apollo may rewrite, with the cause and the path', async () => {
    const execution = new CompiledExecution();
    execution.schemaOf(schema());
    const { executor } = await execution.load();
    const query = `{ groups(first: 1) { secret } }`;
    const document = parse(query);
    const result = await executor({
      queryHash: hashOf(query),
      document,
      operation: operationOf(document, null),
      operationName: null,
      request: {},
      context: { reads: 0 },
    });
    const [error] = result.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError?.message).toBe('Not for you.');
    expect(error.path).toEqual(['groups', 0, 'secret']);
    (error as { message: string }).message = 'rewritten';
    expect(error.message).toBe('rewritten');
  });

  it('reads variables as graphql-js does, even an omitted non-null input field with a default', async () => {
    const query = `query ($filter: Filter!) { named(filter: $filter) { id } }`;
    const omitted = await both(query, { filter: {} });
    expect(omitted.actual).toEqual(omitted.expected);
    expect(omitted.actual.data.named).toHaveLength(3);
    const given = await both(query, { filter: { names: ['Harbour'] } });
    expect(given.actual).toEqual({ data: { named: [{ id: 'g2' }] } });
    const wrong = await both(query, { filter: { names: 'Harbour', colour: 'red' } });
    expect(wrong.actual).toEqual(wrong.expected);
  });

  it('runs a mutation once, through graphql-js', async () => {
    const { expected, actual, context } = await both(`mutation { rename(name: "Quayside") { id name } }`);
    expect(actual).toEqual(expected);
    expect(actual.data).toEqual({ rename: { id: 'g1', name: 'Quayside' } });
    expect(context.writes).toEqual(['Quayside']);
  });

  it('runs the named operation of a document that holds several', async () => {
    const query = `query A { groups(first: 1) { id } } query B { groups(first: 2) { id } }`;
    const { executor, document } = await both(query, {}, 'A');
    const context = { reads: 0 };
    const run = (name: string) =>
      executor({
        queryHash: hashOf(query),
        document,
        operation: operationOf(document, name),
        operationName: name,
        request: {},
        context,
      });
    const b = await run('B');
    const a = await run('A');
    expect(b.data).toEqual({ groups: [{ id: 'g1' }, { id: 'g2' }] });
    expect(a.data).toEqual({ groups: [{ id: 'g1' }] });
  });

  it('keeps only the most recently used compiled queries, however many different queries arrive', async () => {
    const execution = new CompiledExecution(3);
    execution.schemaOf(schema());
    const { executor } = await execution.load();
    const ask = async (first: number) => {
      const query = `{ groups(first: ${first}) { id } }`;
      const document = parse(query);
      const operation = operationOf(document, null);
      const request = { queryHash: hashOf(query), document, operation, operationName: null, request: {} };
      return (await executor({ ...request, context: { reads: 0 } })).data?.['groups'];
    };
    for (const first of [1, 2, 3, 1, 2, 3]) await ask(first);
    expect(execution.compiledQueries).toBe(3);
    for (let first = 4; first <= 20; first += 1) await ask(first);
    expect(execution.compiledQueries).toBe(3);
    await expect(ask(1)).resolves.toEqual([{ id: 'g1' }]); // compiled again after it was dropped
  });

  it('leaves plain property reads to the compiled code, and keeps every other resolver', () => {
    const built = new CompiledExecution().schemaOf(schema());
    const fields = (type: string) => (built.getType(type) as GraphQLObjectType).getFields();
    expect(fields('Group')['name'].resolve).toBeUndefined();
    expect(fields('Group')['secret'].resolve).toBeDefined();
    expect(fields('Action')['id'].resolve).toBeUndefined();
    expect(fields('Action')['note'].resolve).toBeDefined(); // has a default
    expect(fields('Action')['takenBy'].resolve).toBeDefined(); // reads another property
    expect(fields('Action')['shout'].resolve).toBeDefined();
    expect(fields('Query')['groups'].resolve).toBeDefined();
  });

  it('needs the schema before Apollo starts it', async () => {
    await expect(new CompiledExecution().load()).rejects.toThrow('CompiledExecution needs the schema first');
  });
});
