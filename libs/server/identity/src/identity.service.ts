import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { createHash, randomBytes } from 'node:crypto';
import {
  APP_CONFIG,
  AppConfig,
  assertValid,
  DomainError,
  DomainErrorCode,
  FieldError,
  NotFound,
  RequestContext,
  ViewerSource,
} from '@lantern/server/core';
import { emailProblem, oneOf, passwordProblem, requiredText, ROLES, Viewer } from '@lantern/shared/domain';
import type { Role } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { AuditLog } from '@lantern/server/audit';
import { UserAccount } from './user-account.entity';
import { UserSession } from './user-session.entity';
import { PasswordHasher } from './password-hasher';
import { SignInRateLimiter } from './sign-in-rate-limiter';
import { sessionState, shouldTouch } from './session.rules';
import { SESSION_COOKIE } from './session-cookie';
import type { NewUserInput } from './identity.types';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A session and its user, as the check of every request reads them. */
interface SessionRow {
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  userId: string;
  agencyId: string;
  role: Role;
  disabledAt: Date | null;
}

const SIGN_IN_FAILED = 'Enter a correct email address and password.';

@Injectable()
export class IdentityService implements ViewerSource {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditLog,
  ) {}

  /** Checks the password and opens a session; returns the cookie token (shown to nobody else). */
  async signIn(
    emailInput: string,
    password: string,
    address: string,
  ): Promise<{ token: string; user: UserAccount; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    if (!email || !password) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, SIGN_IN_FAILED);
    await this.rateLimiter.assertAllowed(email, address);
    const user = await this.db.getRepository(UserAccount).findOneBy({ email });
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || user.disabledAt) {
      await this.rateLimiter.recordFailure(email, address);
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, SIGN_IN_FAILED);
    }
    await this.rateLimiter.recordSuccess(email);
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteTimeoutHours * 3600_000);
    await this.db.getRepository(UserSession).insert({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      endedAt: null,
    });
    return { token, user, expiresAt };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.db
      .getRepository(UserSession)
      .update({ tokenHash: hashToken(token), endedAt: IsNull() }, { endedAt: new Date() });
  }

  /** The viewer behind a request's session cookie, or null when it is missing, forged, ended or timed out. */
  async viewerFor(context: RequestContext): Promise<Viewer | null> {
    const token: unknown = context.req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
    const tokenHash = hashToken(token);
    // Plain SQL, not the query builder: this runs on every request, and building and hydrating entities cost more
    // than the query.
    const [row]: SessionRow[] = await this.db.query(
      `SELECT s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", s.ended_at AS "endedAt",
              u.id AS "userId", u.agency_id AS "agencyId", u.role, u.disabled_at AS "disabledAt"
         FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    if (!row || row.disabledAt) return null;
    const now = new Date();
    if (sessionState(row, now, this.config.session.inactivityTimeoutMinutes) !== 'ACTIVE') return null;
    if (shouldTouch(row.lastSeenAt, now)) {
      await this.db.getRepository(UserSession).update({ tokenHash }, { lastSeenAt: now });
    }
    return { userId: row.userId, agencyId: row.agencyId, role: row.role, sessionId: tokenHash };
  }

  async getUser(id: string): Promise<UserAccount> {
    const user = await this.db.getRepository(UserAccount).findOneBy({ id });
    if (!user) throw new NotFound('The user');
    return user;
  }

  listUsers(viewer: Viewer): Promise<UserAccount[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'user_account', purpose: 'Administration: list users' },
      (manager) => manager.find(UserAccount, { order: { displayName: 'ASC' } }),
    );
  }

  async createUser(viewer: Viewer, input: NewUserInput): Promise<UserAccount> {
    const problems: FieldError[] = [];
    const add = (field: string, message: string | null) => message && problems.push({ field, message });
    add('email', emailProblem(input.email, true));
    add('displayName', requiredText(input.displayName, 'a display name', 200));
    add('role', oneOf(input.role, ROLES, 'a role'));
    add('password', passwordProblem(input.password));
    assertValid(problems);
    return this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(Agency, { id: input.agencyId }))) throw new NotFound('The agency');
      if (input.officerId) {
        const officer = await manager.findOneBy(Officer, { id: input.officerId });
        if (!officer || officer.agencyId !== input.agencyId)
          assertValid([{ field: 'officerId', message: 'Choose an officer of the user’s agency' }]);
        if (await manager.existsBy(UserAccount, { officerId: input.officerId }))
          assertValid([{ field: 'officerId', message: 'Another user already signs in as this officer' }]);
      }
      const email = input.email.trim().toLowerCase();
      if (await manager.existsBy(UserAccount, { email })) {
        assertValid([{ field: 'email', message: 'A user with this email address already exists' }]);
      }
      const passwordHash = await this.hasher.hash(input.password);
      const user = await manager.save(
        manager.create(UserAccount, {
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          agencyId: input.agencyId,
          officerId: input.officerId || null,
          passwordHash,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'user_account',
        entityIds: [user.id],
        purpose: 'Administration: create a user',
        details: { role: user.role },
      });
      return user;
    });
  }

  /** Disabling a user ends every session they have at once. */
  async setDisabled(viewer: Viewer, id: string, disabled: boolean): Promise<UserAccount> {
    return this.db.transaction(async (manager) => {
      const user = await manager.findOneBy(UserAccount, { id });
      if (!user) throw new NotFound('The user');
      user.disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
      await manager.save(user);
      if (disabled) await manager.update(UserSession, { userId: id, endedAt: IsNull() }, { endedAt: new Date() });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'user_account',
        entityIds: [id],
        purpose: disabled ? 'Administration: disable a user' : 'Administration: enable a user',
      });
      return user;
    });
  }
}
