import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserAccount } from './user-account.entity';

/**
 * A signed-in session. The cookie holds a random token; only its SHA-256 is stored, so a
 * database reader cannot sign in as anyone.
 */
@Entity('user_session')
export class UserSession {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserAccount>;

  /** How the user proved who they are: 'password' now, an OpenID Connect issuer later. */
  @Column({ type: 'varchar', length: 200, default: 'password' })
  method: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
