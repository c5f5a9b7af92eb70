import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { startTestApi, TestApi } from './testing';

/** How the API hands the built web app to browsers: compressed, and cached only where a file's name is its content. */
describe('serving the web app', () => {
  let api: TestApi;
  let webDistPath: string;
  beforeAll(async () => {
    webDistPath = process.env['WEB_DIST_PATH'] ?? '';
    if (!webDistPath)
      throw new Error('WEB_DIST_PATH is not set: run the tests with `npm test`, which builds the web app.');
    api = await startTestApi({ webDistPath });
  });
  afterAll(() => api.close());

  const get = (path: string) => fetch(`${api.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });

  it('sends the page gzipped and to be checked again every time, with the fonts asked for at once', async () => {
    const page = await get('/groups');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toMatch(/<link rel="preload" href="\/assets\/fonts\/light-[\w-]+\.woff2" as="font"/);
    expect(html).toMatch(/<link rel="preload" href="\/assets\/fonts\/bold-[\w-]+\.woff2" as="font"/);
  });

  it('sends scripts as compressed at build time (Brotli, else gzip), to be kept for good since their names change with their content', async () => {
    const html = await (await get('/')).text();
    const script = /src="(\/assets\/index-[\w-]{8}\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const original = readFileSync(join(webDistPath, script!), 'utf8');
    for (const [accepted, sent] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ]) {
      const response = await fetch(`${api.url}${script}`, { headers: { 'accept-encoding': accepted! } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(sent);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript; charset=utf-8$/i);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await response.text()).toBe(original); // fetch undoes the compression
    }
    const font = /href="(\/assets\/fonts\/light-[\w-]+\.woff2)"/.exec(html)![1];
    expect((await get(font)).headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps the source maps to itself', async () => {
    const html = await (await get('/')).text();
    const script = /src="(\/assets\/index-[\w-]{8}\.js)"/.exec(html)![1];
    expect(readFileSync(join(webDistPath, `${script}.map`), 'utf8')).toContain('"sources"'); // built, beside the script
    expect(readFileSync(join(webDistPath, script), 'utf8')).not.toContain('sourceMappingURL');
    const map = await get(`${script}.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).toBe('');
  });

  it('gzips GraphQL answers', async () => {
    await new PowersService(api.db).addMissingFromCatalogue(readPowersCatalogue());
    const { client } = await api.signedIn('COORDINATOR');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: client.sessionCookie! },
      body: JSON.stringify({ query: '{ powers { id name } }' }),
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).data.powers.length).toBeGreaterThan(20);
  });

  it('sends long answers with non-ASCII text as exact UTF-8, uncompressed when not asked', async () => {
    const name = 'Northbridge – Trading Standards ’ Café 街';
    await api.db.query(
      `INSERT INTO agency (name, type, version) SELECT $1 || ' ' || i, 'TRADING_STANDARDS', 1 FROM generate_series(1, 30) i`,
      [name],
    );
    const { client } = await api.signedIn('COORDINATOR');
    const query = '{ agencies { id name } }';
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', cookie: client.sessionCookie! },
      body: JSON.stringify({ query }),
    });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1024);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    const answer = JSON.parse(bytes.toString('utf8'));
    expect(answer.data.agencies.map((agency: { name: string }) => agency.name)).toContain(`${name} 30`);
  });
});
