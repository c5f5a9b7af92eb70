import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from './audit.rules';

/**
 * One entry of the append-only audit log (Data Protection Act 2018 s.62). Rows are never
 * updated or deleted (a database trigger refuses it, whoever asks) and each carries the hash
 * of the one before, so a changed or missing row breaks the chain.
 */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  sequence: string;

  @Index()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  action: AuditAction;

  /** What kind of record: `premises`, `person`, `agency`, ... */
  @Index()
  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  /** The ids touched or returned. */
  @Column({ type: 'text', array: true })
  entityIds: string[];

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  /** Why: the operation, and the purpose the user gave where they gave one. */
  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  /** For disclosures: who received it (agency ids or names). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recipients: string[];

  /** Metadata only: names of changed fields, counts. Never the personal data itself. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64 })
  previousHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
