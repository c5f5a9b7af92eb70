import { sessionState, shouldTouch } from './session.rules';

const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, 0) + minutes * 60_000);

describe('sessionState', () => {
  const session = { lastSeenAt: t(0), expiresAt: t(12 * 60), endedAt: null };

  it('is active within the inactivity window', () => expect(sessionState(session, t(29), 30)).toBe('ACTIVE'));
  it('times out after inactivity', () => expect(sessionState(session, t(30), 30)).toBe('IDLE_TIMEOUT'));
  it('times out absolutely even when in use', () =>
    expect(sessionState({ ...session, lastSeenAt: t(12 * 60 - 1) }, t(12 * 60), 30)).toBe('ABSOLUTE_TIMEOUT'));
  it('is ended once signed out or disabled', () =>
    expect(sessionState({ ...session, endedAt: t(1) }, t(2), 30)).toBe('ENDED'));
  it('touches lastSeenAt at most once a minute', () => {
    expect(shouldTouch(t(0), new Date(t(0).getTime() + 59_000))).toBe(false);
    expect(shouldTouch(t(0), t(1))).toBe(true);
  });
});
