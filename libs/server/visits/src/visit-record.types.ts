import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonRoleEnum } from '@lantern/server/core';
import { LinkPersonInput } from '@lantern/server/premises';
import { VISIT_OBSERVATIONS } from '@lantern/shared/domain';
import type { PersonRole, VisitObservation } from '@lantern/shared/domain';

export const VisitObservationEnum = Object.fromEntries(VISIT_OBSERVATIONS.map((value) => [value, value])) as Record<
  VisitObservation,
  VisitObservation
>;
registerEnumType(VisitObservationEnum, {
  name: 'VisitObservation',
  description: 'Something officers look for on entry (the visit checklist).',
});

@ObjectType('VisitRecord', {
  description: 'What officers did and saw at a visit: for a visit plan, or standalone for an unplanned visit.',
})
export class VisitRecordModel {
  @Field(() => ID) id: string;
  @Field(() => ID) premisesId: string;
  @Field(() => ID, { nullable: true, description: 'Null for an unplanned visit.' }) visitPlanId: string | null;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => [VisitObservationEnum], { description: 'In checklist order.' }) observations: VisitObservation[];
  @Field(() => Int, { nullable: true }) numberOfOccupants: number | null;
  @Field() notes: string;
  @Field(() => Int, { description: 'Send back with every change to the record, so concurrent edits are detected.' })
  version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('VisitAttendee', {
  description:
    'An officer on a visit record: named on the plan, actually there, or both (planned and not attended: did not come).',
})
export class VisitAttendeeModel {
  @Field(() => ID) officerId: string;
  @Field(() => ID) agencyId: string;
  @Field({ description: 'Asked by name on the visit plan to attend.' }) planned: boolean;
  @Field() attended: boolean;
}

@ObjectType('VisitRecordPerson', { description: 'A person officers met at the visit (linked to the premises too).' })
export class VisitRecordPersonModel {
  @Field(() => ID) id: string;
  @Field(() => ID) visitRecordId: string;
  @Field(() => ID) personId: string;
  @Field(() => PersonRoleEnum) role: PersonRole;
}

@InputType({ description: 'What happened at a visit. Times are ISO 8601; without an offset they are London time.' })
export class VisitRecordDetailsInput {
  @Field({ description: 'When officers arrived, e.g. 2026-03-13T21:40 (London time).' }) startedAt: string;
  @Field(() => String, { nullable: true }) endedAt?: string | null;
  @Field(() => [ID], { description: 'The officers who actually attended.' }) attendingOfficerIds: string[];
  @Field(() => [VisitObservationEnum], { defaultValue: [] }) observations: VisitObservation[];
  @Field(() => Int, { nullable: true }) numberOfOccupants?: number | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({
  description:
    'A visit record: for a visit plan (visitPlanId) or an unplanned visit to a premises (premisesId), with the people met.',
})
export class RecordVisitInput extends VisitRecordDetailsInput {
  @Field(() => ID, { nullable: true }) visitPlanId?: string | null;
  @Field(() => ID, { nullable: true }) premisesId?: string | null;
  @Field(() => [LinkPersonInput], {
    defaultValue: [],
    description: 'People met at the visit: each is linked to the premises (unless already linked in that role).',
  })
  people: LinkPersonInput[];
}
