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
import type { MeetingDecisionKind, MeetingItemKind } from '@lantern/shared/domain';
import { Person, Premises } from '@lantern/server/premises';
import { TaskAndFinishGroup } from '@lantern/server/groups';

/** The weekly intelligence meeting (domain.md, step 2): chaired by police, attended by partner agencies. */
@Entity('intelligence_meeting')
export class IntelligenceMeeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The London date it is held on (YYYY-MM-DD). */
  @Index()
  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'uuid' })
  chairUserId: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attendingAgencyIds: string[];

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A premises or person of concern on the agenda, why it is there, and the minutes of its discussion. */
@Entity('meeting_item')
export class MeetingItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => IntelligenceMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<IntelligenceMeeting>;

  @Column({ type: 'varchar', length: 20 })
  kind: MeetingItemKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  premisesId: string | null;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person> | null;

  /** Why it is on the agenda, e.g. "2 information reports since the last meeting". */
  @Column({ type: 'text', default: '' })
  reason: string;

  /** The reports that put it on the agenda. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  reportIds: string[];

  @Column({ type: 'text', default: '' })
  minutes: string;

  @Column({ type: 'int' })
  position: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** What the meeting decided about an item: a task and finish group, an agreed action, or no further action. */
@Entity('meeting_decision')
export class MeetingDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  meetingId: string;

  @Index()
  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => MeetingItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item: Relation<MeetingItem>;

  @Column({ type: 'varchar', length: 30 })
  kind: MeetingDecisionKind;

  @Column({ type: 'text' })
  text: string;

  /** The agency that owns an agreed action. */
  @Column({ type: 'uuid', nullable: true })
  ownerAgencyId: string | null;

  /** The group a "form a task and finish group" decision formed. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup> | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
