import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  AgencyTypeEnum,
  EntryRightEnum,
  PowerCategoryEnum,
  PowerConditionEnum,
  PremisesKindEnum,
} from '@lantern/server/core';
import type { AgencyType, EntryRight, PowerCategory, PowerCondition, PremisesKind } from '@lantern/shared/domain';

@ObjectType('Power', { description: 'A legal power from the catalogue.' })
export class PowerModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field() legalBasis: string;
  @Field(() => PowerCategoryEnum) category: PowerCategory;
  @Field(() => EntryRightEnum) entry: EntryRight;
  @Field(() => [AgencyTypeEnum]) holderAgencyTypes: AgencyType[];
  @Field(() => [PremisesKindEnum], { nullable: true, description: 'Null: any kind of premises.' }) premisesKinds:
    PremisesKind[] | null;
  @Field(() => [PowerConditionEnum]) conditions: PowerCondition[];
  @Field(() => String, { nullable: true, description: 'ISO 8601 duration.' }) minDuration: string | null;
  @Field(() => String, { nullable: true }) maxDuration: string | null;
  @Field(() => String, { nullable: true }) noticePeriod: string | null;
  @Field(() => String, { nullable: true }) minCompliancePeriod: string | null;
  @Field() requiresWrittenAuthorisation: boolean;
  @Field({ description: 'YYYY-MM-DD' }) effectiveFrom: string;
  @Field(() => String, { nullable: true }) effectiveTo: string | null;
  @Field() notes: string;
  @Field() source: string;
  @Field(() => Int) version: number;
}

@InputType()
export class PowerInput {
  @Field() code: string;
  @Field() name: string;
  @Field() legalBasis: string;
  @Field(() => PowerCategoryEnum) category: PowerCategory;
  @Field(() => EntryRightEnum) entry: EntryRight;
  @Field(() => [AgencyTypeEnum]) holderAgencyTypes: AgencyType[];
  @Field(() => [PremisesKindEnum], { nullable: true }) premisesKinds: PremisesKind[] | null;
  @Field(() => [PowerConditionEnum]) conditions: PowerCondition[];
  @Field(() => String, { nullable: true }) minDuration: string | null;
  @Field(() => String, { nullable: true }) maxDuration: string | null;
  @Field(() => String, { nullable: true }) noticePeriod: string | null;
  @Field(() => String, { nullable: true }) minCompliancePeriod: string | null;
  @Field() requiresWrittenAuthorisation: boolean;
  @Field() effectiveFrom: string;
  @Field(() => String, { nullable: true }) effectiveTo: string | null;
  @Field({ defaultValue: '' }) notes: string;
  @Field({ defaultValue: '' }) source: string;
}

@InputType()
export class PowerFilter {
  @Field(() => AgencyTypeEnum, { nullable: true }) agencyType?: AgencyType | null;
  @Field(() => PowerCategoryEnum, { nullable: true }) category?: PowerCategory | null;
  @Field(() => String, { nullable: true, description: 'Words in the name or legal basis.' }) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Only powers in force on this day (YYYY-MM-DD).' }) inForceOn?:
    string | null;
}
