import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, ReviewScheduleEnum } from '@lantern/server/core';
import {
  MONITORED_SUBJECT_KINDS,
  MONITORING_ALERT_SOURCES,
  MONITORING_REVIEW_OUTCOMES,
  MONITORING_STATUSES,
} from '@lantern/shared/domain';
import type {
  MonitoredSubjectKind,
  MonitoringAlertSource,
  MonitoringReviewOutcome,
  MonitoringStatus,
  ReviewSchedule,
} from '@lantern/shared/domain';

export const MonitoringStatusEnum = graphqlEnum(
  MONITORING_STATUSES,
  'MonitoringStatus',
  'Monitoring goes on, or has ended.',
);
export const MonitoredSubjectKindEnum = graphqlEnum(
  MONITORED_SUBJECT_KINDS,
  'MonitoredSubjectKind',
  'A premises or a person.',
);
export const MonitoringAlertSourceEnum = graphqlEnum(
  MONITORING_ALERT_SOURCES,
  'MonitoringAlertSource',
  'What touched a monitored premises or person.',
);
export const MonitoringReviewOutcomeEnum = graphqlEnum(
  MONITORING_REVIEW_OUTCOMES,
  'MonitoringReviewOutcome',
  'Whether monitoring goes on after a review.',
);

@ObjectType('Monitoring', {
  description:
    'A premises watched after the work on it, with the people who run it and their associated premises, reviewed on a schedule.',
})
export class MonitoringModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The premises the work was about.' }) premisesId: string;
  @Field() reason: string;
  @Field(() => ReviewScheduleEnum) reviewSchedule: ReviewSchedule;
  @Field({ description: 'YYYY-MM-DD, a London date.' }) nextReviewOn: string;
  @Field({ description: 'YYYY-MM-DD: the last day of monitoring.' }) endsOn: string;
  @Field(() => MonitoringStatusEnum) status: MonitoringStatus;
  @Field(() => ID, { description: 'Who receives its alerts.' }) coordinatorUserId: string;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => Int, { description: 'Send back with a review, so concurrent reviews are detected.' }) version: number;
  @Field() createdAt: Date;
}

@ObjectType('MonitoredSubject', { description: 'A premises or person under a monitoring, and why.' })
export class MonitoredSubjectModel {
  @Field(() => ID) id: string;
  @Field(() => ID) monitoringId: string;
  @Field(() => MonitoredSubjectKindEnum) kind: MonitoredSubjectKind;
  @Field(() => ID, { nullable: true }) premisesId: string | null;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field() why: string;
}

@ObjectType('MonitoringReview')
export class MonitoringReviewModel {
  @Field(() => ID) id: string;
  @Field(() => ID) monitoringId: string;
  @Field({ description: 'YYYY-MM-DD, a London date.' }) reviewedOn: string;
  @Field() findings: string;
  @Field(() => MonitoringReviewOutcomeEnum) outcome: MonitoringReviewOutcome;
  @Field() createdAt: Date;
}

@ObjectType('MonitoringAlert', { description: 'Something new touched a monitored premises or person.' })
export class MonitoringAlertModel {
  @Field(() => ID) id: string;
  @Field(() => ID) monitoringId: string;
  @Field(() => MonitoringAlertSourceEnum) source: MonitoringAlertSource;
  @Field(() => ID, { description: 'The action, visit plan, visit record or report.' }) sourceId: string;
  @Field(() => ID, { nullable: true, description: 'Where it happened.' }) premisesId: string | null;
  @Field(() => [ID], { description: 'The monitored subjects it touched.' }) subjectIds: string[];
  @Field() summary: string;
  @Field() raisedAt: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
}

@InputType()
export class StartMonitoringInput {
  @Field(() => ID) premisesId: string;
  @Field(() => [ID], { nullable: true, description: 'People linked to the premises: its owner, manager...' })
  personIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Premises sharing a person with it.' })
  associatedPremisesIds?: string[] | null;
  @Field() reason: string;
  @Field(() => ReviewScheduleEnum) reviewSchedule: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; one review period from today when empty.' })
  firstReviewOn?: string | null;
  @Field({ description: 'YYYY-MM-DD: the last day of monitoring, within three years.' }) endsOn: string;
}

@InputType()
export class ReviewMonitoringInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when empty.' }) reviewedOn?: string | null;
  @Field() findings: string;
  @Field(() => MonitoringReviewOutcomeEnum) outcome: string;
}
