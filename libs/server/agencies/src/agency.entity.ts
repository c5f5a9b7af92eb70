import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { AgencyType } from '@lantern/shared/domain';

/** An organisation that takes part in disruption: a police force, a council service, a fire and rescue service. */
@Entity('agency')
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('agency_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  type: AgencyType;

  /** The area it covers, e.g. a borough; reports are filtered by it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  area: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
