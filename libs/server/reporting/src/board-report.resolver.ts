import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@lantern/server/core';
import { ROLES_READING_BOARD_REPORTS } from '@lantern/shared/domain';
import { BoardReportService } from './board-report.service';
import { BoardReportModel } from './board-report.types';

@Resolver(() => BoardReportModel)
export class BoardReportResolver {
  constructor(private readonly service: BoardReportService) {}

  @Query(() => BoardReportModel, {
    description:
      'Outcomes for the partnership board over a period and an area: counts only, small counts suppressed, ' +
      'compared with the period before.',
  })
  @Allow(...ROLES_READING_BOARD_REPORTS)
  boardReport(
    @Args('period', {
      type: () => String,
      nullable: true,
      description: '2026, 2026-Q3, 2026-09 or 2026-09-01..2026-10-15; the current quarter when empty.',
    })
    period: string | null,
    @Args('area', { type: () => String, nullable: true, description: 'A postcode district; the borough when empty.' })
    area: string | null,
  ) {
    return this.service.report(period, area);
  }
}
