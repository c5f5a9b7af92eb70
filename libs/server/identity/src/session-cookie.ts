import type { CookieOptions } from 'express';

export const SESSION_COOKIE = 'lantern_session';

/** HttpOnly (no script can read it), SameSite=Lax, Secure in production; lives no longer than the session. */
export function sessionCookieOptions(secure: boolean, expiresAt?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(expiresAt ? { expires: expiresAt } : {}) };
}
