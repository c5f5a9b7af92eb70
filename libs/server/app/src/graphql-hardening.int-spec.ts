import { REQUEST_LIMITS } from '@lantern/server/core';
import { startTestApi, TestApi } from './testing';

describe('GraphQL hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => api.close());

  it('turns introspection off in production', async () => {
    const result = await api.client().request(`{ __schema { types { name } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('rejects a query deeper than the limit before running it', async () => {
    const deep = `{ premises(id: "00000000-0000-0000-0000-000000000000") { people { person { premises { premises { people { person { premises { premises { people { person { premises { id } } } } } } } } } } } } }`;
    const result = await api.client().request(deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('caps aliases', async () => {
    const aliases = Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await api.client().request(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/aliases/i);
  });

  it('refuses batched operations', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('never suggests field names or leaks internals', async () => {
    const result = await api.client().request(`{ agencie { id } }`);
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(result)).not.toMatch(/stack|node_modules/);
  });
});
