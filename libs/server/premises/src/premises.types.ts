import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  PageArgs,
  PageOf,
  PersonRoleEnum,
  PremisesKindEnum,
  PremisesStatusEnum,
  PremisesUseEnum,
} from '@lantern/server/core';
import type { PersonRole, PremisesKind, PremisesStatus, PremisesUse } from '@lantern/shared/domain';

@ObjectType('Premises', { description: 'A premises of concern.' })
export class PremisesModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() addressLine1: string;
  @Field(() => String, { nullable: true }) addressLine2: string | null;
  @Field() town: string;
  @Field() postcode: string;
  @Field(() => String, { nullable: true }) uprn: string | null;
  @Field(() => PremisesKindEnum) kind: PremisesKind;
  @Field(() => PremisesUseEnum) use: PremisesUse;
  @Field(() => PremisesStatusEnum) status: PremisesStatus;
  @Field() licensableActivity: boolean;
  @Field() concernSummary: string;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const PremisesPage = PageOf(PremisesModel, 'PremisesPage');

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id: string;
  @Field() fullName: string;
  @Field(() => [String]) nicknames: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dateOfBirth: string | null;
  @Field() notes: string;
  @Field(() => Int) version: number;
}

@ObjectType('Vehicle')
export class VehicleModel {
  @Field(() => ID) id: string;
  @Field() registration: string;
  @Field(() => String, { nullable: true }) make: string | null;
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => String, { nullable: true }) colour: string | null;
}

@ObjectType('Business')
export class BusinessModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) companyNumber: string | null;
}

@ObjectType('PremisesPersonLink', { description: 'A person linked to a premises, and how.' })
export class PremisesPersonModel {
  @Field(() => ID) id: string;
  @Field(() => ID) premisesId: string;
  @Field(() => ID) personId: string;
  @Field(() => PersonRoleEnum) role: PersonRole;
}

@ObjectType('PremisesVehicleLink')
export class PremisesVehicleModel {
  @Field(() => ID) id: string;
  @Field(() => ID) premisesId: string;
  @Field(() => ID) vehicleId: string;
  @Field() notes: string;
}

@ObjectType('PremisesBusinessLink')
export class PremisesBusinessModel {
  @Field(() => ID) id: string;
  @Field(() => ID) premisesId: string;
  @Field(() => ID) businessId: string;
  @Field() relationship: string;
}

@ObjectType('PremisesAgencyLink', { description: 'An agency taking part in the work on a premises.' })
export class PremisesAgencyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) premisesId: string;
  @Field(() => ID) agencyId: string;
  @Field() createdAt: Date;
}

@ObjectType('AssociatedPremises', { description: 'Another premises linked to the same people.' })
export class AssociatedPremisesModel {
  @Field(() => ID) premisesId: string;
  @Field(() => [ID], { description: 'The people both premises are linked to.' }) throughPersonIds: string[];
}

@InputType()
export class PremisesInput {
  @Field() name: string;
  @Field() addressLine1: string;
  @Field(() => String, { nullable: true }) addressLine2?: string | null;
  @Field() town: string;
  @Field() postcode: string;
  @Field(() => String, { nullable: true }) uprn?: string | null;
  @Field(() => PremisesKindEnum) kind: PremisesKind;
  @Field(() => PremisesUseEnum) use: PremisesUse;
  @Field(() => PremisesStatusEnum, { defaultValue: 'OF_CONCERN' }) status: PremisesStatus;
  @Field({ defaultValue: false }) licensableActivity: boolean;
  @Field(() => String, { nullable: true }) concernSummary?: string | null;
}

@InputType()
export class PremisesFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or first line of the address.' }) text?:
    string | null;
  @Field(() => String, { nullable: true, description: 'A full postcode or its start, e.g. "NB1".' }) postcode?:
    string | null;
  @Field(() => PremisesStatusEnum, { nullable: true }) status?: PremisesStatus | null;
}

@ArgsType()
export class PremisesSearchArgs extends PageArgs {
  @Field(() => PremisesFilter, { nullable: true }) filter?: PremisesFilter | null;
}

@InputType()
export class PersonInput {
  @Field() fullName: string;
  @Field(() => [String], { defaultValue: [] }) nicknames: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: 'Link an existing person (personId) or a new one (person).' })
export class LinkPersonInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => PersonInput, { nullable: true }) person?: PersonInput | null;
  @Field(() => PersonRoleEnum) role: PersonRole;
}

@InputType()
export class LinkVehicleInput {
  @Field() registration: string;
  @Field(() => String, { nullable: true }) make?: string | null;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => String, { nullable: true }) colour?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: 'Link an existing business (businessId) or a new one (name, companyNumber).' })
export class LinkBusinessInput {
  @Field(() => ID, { nullable: true }) businessId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) companyNumber?: string | null;
  @Field(() => String, { nullable: true }) relationship?: string | null;
}
