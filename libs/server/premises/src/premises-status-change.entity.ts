import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { PremisesStatus } from '@lantern/shared/domain';
import { Premises } from './premises.entity';

/** A premises' status over time; written by a trigger on every change, whoever makes it. */
@Entity('premises_status_change')
export class PremisesStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Column({ type: 'varchar', length: 30, nullable: true })
  fromStatus: PremisesStatus | null;

  @Column({ type: 'varchar', length: 30 })
  toStatus: PremisesStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
