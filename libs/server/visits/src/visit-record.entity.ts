import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { PersonRole, VisitObservation } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { Person, Premises } from '@lantern/server/premises';
import { VisitPlan } from './visit-plan.entity';

/** What officers did and saw at a visit: one per visit plan, or standalone for an unplanned visit to a premises. */
@Entity('visit_record')
export class VisitRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  /** Null for an unplanned visit; a plan has at most one record. */
  @Index('visit_record_visit_plan_key', { unique: true, where: 'visit_plan_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  visitPlanId: string | null;

  @ManyToOne(() => VisitPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_plan_id' })
  visitPlan: Relation<VisitPlan> | null;

  @Index()
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  observations: VisitObservation[];

  @Column({ type: 'int', nullable: true })
  numberOfOccupants: number | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An officer who actually attended the visit. */
@Entity('visit_record_attendance')
@Unique('visit_record_attendance_key', ['visitRecordId', 'officerId'])
export class VisitRecordAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  visitRecordId: string;

  @ManyToOne(() => VisitRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_record_id' })
  visitRecord: Relation<VisitRecord>;

  @Index()
  @Column({ type: 'uuid' })
  officerId: string;

  @ManyToOne(() => Officer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_id' })
  officer: Relation<Officer>;

  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A person officers met at the visit, who is also linked to the premises register. */
@Entity('visit_record_person')
@Unique('visit_record_person_key', ['visitRecordId', 'personId'])
export class VisitRecordPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  visitRecordId: string;

  @ManyToOne(() => VisitRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_record_id' })
  visitRecord: Relation<VisitRecord>;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  /** How the person is linked to the premises, as they were found there. */
  @Column({ type: 'varchar', length: 30 })
  role: PersonRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
