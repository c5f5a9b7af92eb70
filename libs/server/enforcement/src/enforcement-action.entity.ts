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
import type { EnforcementActionKind, EnforcementActionStatus } from '@lantern/shared/domain';
import { Agency } from '@lantern/server/agencies';
import { Person, Premises } from '@lantern/server/premises';
import { Power } from '@lantern/server/powers';
import { VisitPlan } from '@lantern/server/visits';

/**
 * What an agency did at a premises (domain.md, step 5): a fact, dated in London, under a power from the
 * catalogue, with the dates that follow from it (a compliance deadline, a court date, a review, an order's end).
 */
@Entity('enforcement_action')
@Index('enforcement_action_premises_taken', ['premisesId', 'takenOn'])
export class EnforcementAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `enforcement_action_closing` (migration only): closing actions by premises and date, for the board report. */
  @Index('enforcement_action_closing', { synchronize: false })
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  /** The planned visit it was taken at; null when taken outside a visit. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  visitPlanId: string | null;

  @ManyToOne(() => VisitPlan, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'visit_plan_id' })
  visitPlan: Relation<VisitPlan> | null;

  /** The agency that took the action. */
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  /** Null only for advice, a referral or no action. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  powerId: string | null;

  @ManyToOne(() => Power, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'power_id' })
  power: Relation<Power> | null;

  /** The person an order is against (e.g. a Sexual Risk Order), when there is one. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person> | null;

  @Column({ type: 'varchar', length: 30 })
  kind: EnforcementActionKind;

  /** A London date (YYYY-MM-DD), never in the future. */
  // The board report reads actions by date from this index alone (it INCLUDEs kind, agency, power and premises).
  @Index('enforcement_action_report', { synchronize: false })
  @Column({ type: 'date' })
  takenOn: string;

  @Column({ type: 'text' })
  details: string;

  @Column({ type: 'date', nullable: true })
  complianceDeadline: string | null;

  /** When an order under a power with a legal duration ends; null with `indefinite` or for other actions. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'boolean', default: false })
  indefinite: boolean;

  @Column({ type: 'date', nullable: true })
  courtDate: string | null;

  @Column({ type: 'date', nullable: true })
  reviewOn: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'SERVED' })
  status: EnforcementActionStatus;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** True when the recorder's agency is not the acting agency (a coordinator recording for it). */
  @Column({ type: 'boolean', default: false })
  recordedOnBehalf: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One step of an action's status over time, the first being SERVED on the day it was taken. */
@Entity('enforcement_action_status_change')
export class EnforcementActionStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => EnforcementAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action: Relation<EnforcementAction>;

  @Column({ type: 'varchar', length: 20 })
  status: EnforcementActionStatus;

  /** The London date it happened on. */
  @Column({ type: 'date' })
  changedOn: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
