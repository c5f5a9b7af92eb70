import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { PremisesKind, PremisesStatus, PremisesUse } from '@lantern/shared/domain';

/** A premises of concern: where exploitation is suspected to happen, and what disruption targets. */
@Entity('premises')
export class Premises {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trading name or a short description ("Flat above the takeaway"). */
  @Index('premises_name_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('premises_address_line1_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  addressLine1: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine2: string | null;

  @Column({ type: 'varchar', length: 100 })
  town: string;

  /** Normalised: upper case, one space before the inward code. */
  @Index()
  /** The postcode district (outward code), the board report's area: an expression index (migration only). */
  @Index('premises_district', { synchronize: false })
  @Column({ type: 'varchar', length: 8 })
  postcode: string;

  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  uprn: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind: PremisesKind;

  @Column({ type: 'varchar', length: 20 })
  use: PremisesUse;

  @Index()
  @Column({ type: 'varchar', length: 30, default: 'OF_CONCERN' })
  status: PremisesStatus;

  /** Whether licensable activity (alcohol, late-night refreshment, entertainment) is recorded: Licensing Act powers need it. */
  @Column({ type: 'boolean', default: false })
  licensableActivity: boolean;

  @Column({ type: 'text', default: '' })
  concernSummary: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
