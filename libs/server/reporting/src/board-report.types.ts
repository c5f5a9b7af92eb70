import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lantern/server/core';
import type { Suppression } from './board-report.rules';

/*
 * The board report carries counts only: no names, addresses, free text or ids of people or premises. Agencies and
 * powers appear by name, as the catalogue and the agencies list (which board members may read) show them.
 */

export const SuppressionEnum = graphqlEnum(
  ['NONE', 'SMALL', 'WITHHELD'] as const,
  'Suppression',
  'Why a figure is hidden: SMALL, a count from 1 up to the threshold; WITHHELD, so that a small count cannot be worked out from the others.',
);

@ObjectType('ReportCell', { description: 'One figure: its value when it may be shown, and the words to show.' })
export class ReportCellModel {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed: the number never leaves the server.' })
  value: number | null;
  @Field() display: string;
  @Field(() => SuppressionEnum) suppression: Suppression;
}

@ObjectType('BoardReportPeriod', { description: 'A reporting period of London dates, both ends included.' })
export class BoardReportPeriodModel {
  @Field({ description: 'As in the dashboard URL: 2026, 2026-Q3, 2026-09 or 2026-09-01..2026-10-15.' }) key: string;
  @Field() label: string;
  @Field({ description: 'YYYY-MM-DD' }) from: string;
  @Field({ description: 'YYYY-MM-DD, included' }) to: string;
}

@ObjectType('BoardReportFigure', { description: 'A headline figure for the period and the one before it.' })
export class BoardReportFigureModel {
  @Field() key: string;
  @Field() label: string;
  @Field({ description: 'The section of the report: visits, enforcement, groups, intelligence.' }) section: string;
  @Field(() => ReportCellModel) current: ReportCellModel;
  @Field(() => ReportCellModel) previous: ReportCellModel;
  @Field(() => Int, { nullable: true, description: 'Current minus previous; null when either is hidden.' })
  change: number | null;
  @Field() changeDisplay: string;
}

@ObjectType('BoardReportDuration', { description: 'How long something took, in days: median and middle half.' })
export class BoardReportDurationModel {
  @Field() key: string;
  @Field() label: string;
  @Field(() => ReportCellModel, { description: 'How many groups it is over.' }) count: ReportCellModel;
  @Field(() => Float, { nullable: true }) medianDays: number | null;
  @Field(() => Float, { nullable: true }) lowerQuartileDays: number | null;
  @Field(() => Float, { nullable: true }) upperQuartileDays: number | null;
  @Field() display: string;
  @Field(() => Float, { nullable: true, description: 'The previous period’s median, when shown.' })
  previousMedianDays: number | null;
}

@ObjectType('BoardReportRow', { description: 'A row of a table: its label, then one cell per column.' })
export class BoardReportRowModel {
  @Field() label: string;
  @Field(() => [ReportCellModel]) cells: ReportCellModel[];
}

@ObjectType('BoardReportTable', { description: 'A breakdown of the report, as a table.' })
export class BoardReportTableModel {
  @Field() key: string;
  @Field() title: string;
  @Field() caption: string;
  @Field(() => [String], { description: 'The header of each cell column (the row label column comes first).' })
  columns: string[];
  @Field() rowHeader: string;
  @Field(() => [BoardReportRowModel]) rows: BoardReportRowModel[];
}

@ObjectType('BoardReport', { description: 'Outcomes for a partnership board: counts only, small counts suppressed.' })
export class BoardReportModel {
  @Field(() => BoardReportPeriodModel) period: BoardReportPeriodModel;
  @Field(() => BoardReportPeriodModel) previousPeriod: BoardReportPeriodModel;
  @Field(() => String, { nullable: true, description: 'A postcode district, or null for the whole borough.' })
  area: string | null;
  @Field() areaLabel: string;
  @Field(() => [String], { description: 'The postcode districts a report can be narrowed to.' }) areas: string[];
  @Field(() => Int, { description: 'Counts from 1 up to (not including) this are not shown.' })
  suppressionThreshold: number;
  @Field({ description: 'The London date figures "at the end of the period" are taken on.' }) asOf: string;
  @Field() generatedAt: Date;
  @Field(() => [BoardReportFigureModel]) figures: BoardReportFigureModel[];
  @Field(() => [BoardReportDurationModel]) durations: BoardReportDurationModel[];
  @Field(() => [BoardReportTableModel]) tables: BoardReportTableModel[];
}
