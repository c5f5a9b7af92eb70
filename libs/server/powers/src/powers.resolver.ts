import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@lantern/server/core';
import { ROLES } from '@lantern/shared/domain';
import { PowersService } from './powers.service';
import { PowerFilter, PowerInput, PowerModel } from './power.types';

@Resolver(() => PowerModel)
export class PowersResolver {
  constructor(private readonly service: PowersService) {}

  @Query(() => [PowerModel], { description: 'The powers catalogue, by name.' })
  @Allow(...ROLES)
  powers(@Args('filter', { type: () => PowerFilter, nullable: true }) filter?: PowerFilter) {
    return this.service.list(filter ?? {});
  }

  @Query(() => PowerModel)
  @Allow(...ROLES)
  power(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => PowerModel)
  @Allow('ADMINISTRATOR')
  createPower(@Args('input') input: PowerInput) {
    return this.service.create(input);
  }

  @Mutation(() => PowerModel)
  @Allow('ADMINISTRATOR')
  updatePower(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: PowerInput,
  ) {
    return this.service.update(id, version, input);
  }
}
