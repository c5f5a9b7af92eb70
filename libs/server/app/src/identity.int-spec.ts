import { startTestApi, TestApi, TEST_PASSWORD } from './testing';
import { UserSession } from '@lantern/server/identity';
import { Agency, Officer } from '@lantern/server/agencies';

const ME = `{ me { id role } }`;
const AGENCIES = `{ agencies { id } }`;

describe('sign-in and sessions (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { SIGN_IN_ATTEMPTS: '3' } });
  });
  afterAll(() => api.close());

  it('refuses every protected query without a session', async () => {
    const result = await api.client().request(AGENCIES);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('signs in with an HttpOnly, SameSite cookie and signs out', async () => {
    const { client, user } = await api.signedIn('COORDINATOR');
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lantern_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    await client.ok(`mutation { signOut }`);
    expect((await client.request(AGENCIES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const { user } = await api.signedIn('AGENCY_OFFICER');
    const wrong = await api
      .client()
      .request(`mutation { signIn(input: { email: "${user.email}", password: "not-the-password" }) { id } }`);
    const unknown = await api
      .client()
      .request(`mutation { signIn(input: { email: "nobody@lantern.test", password: "not-the-password" }) { id } }`);
    expect(wrong.errors?.[0].message).toBe('Enter a correct email address and password.');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('locks sign-in after repeated failures, even with the right password', async () => {
    const { user } = await api.signedIn('AGENCY_OFFICER');
    for (let i = 0; i < 3; i += 1) {
      await api
        .client()
        .request(`mutation { signIn(input: { email: "${user.email}", password: "wrong-${i}" }) { id } }`);
    }
    const locked = await api.client().request(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].message).toMatch(/Too many failed sign-in attempts/);
  });

  it('refuses a forged session cookie', async () => {
    const forged = api.client().withCookie('lantern_session=' + 'A'.repeat(43));
    expect((await forged.request(AGENCIES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await forged.request<{ me: null }>(ME)).data?.me).toBeNull();
  });

  it('refuses a session idle past the inactivity timeout, and one past its absolute lifetime', async () => {
    const idle = await api.signedIn('COORDINATOR');
    await api.db
      .getRepository(UserSession)
      .update({ userId: idle.user.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    expect((await idle.client.request(AGENCIES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const old = await api.signedIn('COORDINATOR');
    await api.db.getRepository(UserSession).update({ userId: old.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await old.client.request(AGENCIES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session of a user at once when an administrator disables them', async () => {
    const admin = await api.signedIn('ADMINISTRATOR');
    const officer = await api.signedIn('AGENCY_OFFICER');
    expect((await officer.client.request(AGENCIES)).errors).toBeUndefined();
    await admin.client.ok(`mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabledAt } }`, {
      id: officer.user.id,
    });
    expect((await officer.client.request(AGENCIES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await api.client().request(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: officer.user.email, password: TEST_PASSWORD },
    });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only administrators manage users', async () => {
    const coordinator = await api.signedIn('COORDINATOR');
    expect((await coordinator.client.request(`{ users { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('links a new user to their officer record, only one of their own agency and only once', async () => {
    const admin = await api.signedIn('ADMINISTRATOR');
    const police = await api.db.getRepository(Agency).save({ name: 'Users Test Police', type: 'POLICE' });
    const fire = await api.db.getRepository(Agency).save({ name: 'Users Test Fire', type: 'FIRE_AND_RESCUE' });
    const officer = await api.db.getRepository(Officer).save({ agencyId: police.id, name: 'PC Linked', active: true });
    const CREATE = `mutation ($input: NewUserInput!) { createUser(input: $input) { id officerId } }`;
    const input = (email: string, agencyId: string) => ({
      email,
      displayName: 'PC Linked',
      role: 'AGENCY_OFFICER',
      agencyId,
      officerId: officer.id,
      password: TEST_PASSWORD,
    });
    const wrongAgency = await admin.client.request(CREATE, { input: input('linked.fire@lantern.test', fire.id) });
    expect(wrongAgency.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'officerId', message: 'Choose an officer of the user’s agency' },
    ]);
    const created = await admin.client.ok<{ createUser: { officerId: string } }>(CREATE, {
      input: input('linked@lantern.test', police.id),
    });
    expect(created.createUser.officerId).toBe(officer.id);
    const twice = await admin.client.request(CREATE, { input: input('linked.again@lantern.test', police.id) });
    expect(twice.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'officerId', message: 'Another user already signs in as this officer' },
    ]);
  });
});
