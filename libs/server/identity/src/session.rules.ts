/** When a session stops being valid: ended, idle too long, or past its absolute lifetime. */
export type SessionState = 'ACTIVE' | 'ENDED' | 'IDLE_TIMEOUT' | 'ABSOLUTE_TIMEOUT';

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
}

export function sessionState(session: SessionTimes, now: Date, inactivityTimeoutMinutes: number): SessionState {
  if (session.endedAt) return 'ENDED';
  if (now.getTime() >= session.expiresAt.getTime()) return 'ABSOLUTE_TIMEOUT';
  if (now.getTime() - session.lastSeenAt.getTime() >= inactivityTimeoutMinutes * 60_000) return 'IDLE_TIMEOUT';
  return 'ACTIVE';
}

/** lastSeenAt is written at most once a minute, so reads do not each cost a write. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= 60_000;
}
