import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { AgencyType, EntryRight, PowerCategory, PowerCondition, PremisesKind } from '@lantern/shared/domain';

/**
 * A legal power an agency can use against a premises or a person, from the reviewed catalogue
 * (libs/server/powers/data/powers-catalogue.yaml). Versioned by the dates it was in force.
 */
@Entity('power')
export class Power {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable identifier from the catalogue file, e.g. `fso-2005-art31-prohibition-notice`. */
  @Index('power_code_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  legalBasis: string;

  @Column({ type: 'varchar', length: 40 })
  category: PowerCategory;

  @Column({ type: 'varchar', length: 20 })
  entry: EntryRight;

  @Column({ type: 'text', array: true })
  holderAgencyTypes: AgencyType[];

  /** Null means any kind of premises. */
  @Column({ type: 'text', array: true, nullable: true })
  premisesKinds: PremisesKind[] | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conditions: PowerCondition[];

  /** ISO 8601 durations, e.g. P2Y for a Sexual Risk Order's minimum. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  minDuration: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  maxDuration: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  noticePeriod: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  minCompliancePeriod: string | null;

  @Column({ type: 'boolean', default: false })
  requiresWrittenAuthorisation: boolean;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'text', default: '' })
  source: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
