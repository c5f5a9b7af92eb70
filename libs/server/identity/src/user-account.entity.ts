import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Agency, Officer } from '@lantern/server/agencies';
import type { Role } from '@lantern/shared/domain';

/** A person who signs in to Lantern. Every user belongs to one agency. */
@Entity('user_account')
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('user_account_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 40 })
  role: Role;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  /** The officer record of this user, when they are one: their tasks and visits are theirs. */
  @Index('user_account_officer_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  officerId: string | null;

  @ManyToOne(() => Officer, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'officer_id' })
  officer: Relation<Officer> | null;

  /** argon2id hash; null for accounts that only sign in through an identity provider. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
