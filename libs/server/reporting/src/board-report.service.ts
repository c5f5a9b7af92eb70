import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailed } from '@lantern/server/core';
import {
  CLOSING_ACTION_KINDS,
  londonToday,
  parseReportPeriod,
  postcodeDistrictProblem,
  previousReportPeriod,
  quarterKeyOf,
  ReportPeriod,
} from '@lantern/shared/domain';
import {
  ACTION_MEASURES,
  actionMeasureOf,
  changeBetween,
  countCell,
  ReportCell,
  shareCell,
  summariseDurations,
  suppressBreakdown,
  SUPPRESSION_THRESHOLD,
  VISIT_MEASURES,
} from './board-report.rules';
import type {
  BoardReportFigureModel,
  BoardReportModel,
  BoardReportRowModel,
  BoardReportTableModel,
} from './board-report.types';

/** The premises' postcode district, as the expression index `premises_district` has it. */
const DISTRICT = `split_part(postcode, ' ', 1)`;
/** The instant a London date starts. */
const londonStart = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'Europe/London')`;
const londonEnd = (param: string) => `((${param}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

type Period = 'current' | 'previous';
type Counts = Map<string, number>;
const NO_AGENCY = '';

interface Inputs {
  period: ReportPeriod;
  previous: ReportPeriod;
  area: string | null;
  asOf: string;
  previousAsOf: string;
}

/** A count per key (an agency, a power), for each period. */
class Tally {
  private readonly values = new Map<string, number>();
  add(period: Period, measure: string, key: string, n: number) {
    const id = `${period}|${measure}|${key}`;
    this.values.set(id, (this.values.get(id) ?? 0) + n);
  }
  get(period: Period, measure: string, key: string): number {
    return this.values.get(`${period}|${measure}|${key}`) ?? 0;
  }
  keys(period: Period, measure: string): Counts {
    const prefix = `${period}|${measure}|`;
    return new Map(
      [...this.values].filter(([id]) => id.startsWith(prefix)).map(([id, n]) => [id.slice(prefix.length), n]),
    );
  }
}

/**
 * The board report (issue 8): outcomes over a period and an area, in a handful of set-based statements over the
 * period and the one before it (they are always adjacent, so each table is read over one range), then suppressed
 * here so that no small count leaves the server. Counts only: no row of personal data is read into memory.
 */
@Injectable()
export class BoardReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reads and checks the filters: a clear message for a period or area that cannot be reported on. */
  inputs(periodKey: string | null | undefined, area: string | null | undefined, today = londonToday()): Inputs {
    const parsed = parseReportPeriod(periodKey?.trim() || quarterKeyOf(today));
    const district = area?.trim().toUpperCase() || null;
    const problems = [
      ...('problem' in parsed ? [{ field: 'period', message: parsed.problem }] : []),
      ...(district && postcodeDistrictProblem(district)
        ? [{ field: 'area', message: postcodeDistrictProblem(district)! }]
        : []),
    ];
    if (problems.length > 0 || 'problem' in parsed) throw new ValidationFailed(problems);
    if (parsed.from > today) {
      throw new ValidationFailed([
        { field: 'period', message: 'The period has not started yet: choose one up to today' },
      ]);
    }
    const previous = previousReportPeriod(parsed);
    return {
      period: parsed,
      previous,
      area: district,
      asOf: parsed.to < today ? parsed.to : today,
      previousAsOf: previous.to,
    };
  }

  async report(periodKey: string | null | undefined, area: string | null | undefined): Promise<BoardReportModel> {
    const inputs = this.inputs(periodKey, area);
    const tally = new Tally();
    const [agencies, powers, areas, durations] = await Promise.all([
      this.db.query('SELECT id, name FROM agency ORDER BY name') as Promise<{ id: string; name: string }[]>,
      this.db.query('SELECT id, name FROM power ORDER BY name') as Promise<{ id: string; name: string }[]>,
      // The districts, by skipping through the district index: a dozen probes rather than reading every premises.
      this.db.query(
        `WITH RECURSIVE d AS (
           SELECT min(${DISTRICT}) AS district FROM premises
           UNION ALL
           SELECT (SELECT min(${DISTRICT}) FROM premises WHERE ${DISTRICT} > d.district) FROM d WHERE d.district IS NOT NULL
         )
         SELECT district FROM d WHERE district IS NOT NULL ORDER BY district`,
      ) as Promise<{ district: string }[]>,
      this.groups(inputs, tally),
      this.actions(inputs, tally),
      this.visits(inputs, tally),
      this.followUp(inputs, tally),
    ]);
    return assemble(inputs, tally, durations, agencies, powers, areas.map((row) => row.district).filter(Boolean));
  }

  /** The statement's parameters, then the area's; `inArea(column)` narrows a premises id column to the area. */
  private scope(inputs: Inputs, params: unknown[]) {
    if (!inputs.area) return { params, inArea: () => '' };
    const all = [...params, inputs.area];
    return {
      params: all,
      inArea: (column: string) => `AND ${column} IN (SELECT id FROM premises WHERE ${DISTRICT} = $${all.length})`,
    };
  }

  private range(inputs: Inputs) {
    return [inputs.previous.from, inputs.period.from, inputs.period.to];
  }

  private async actions(inputs: Inputs, tally: Tally): Promise<void> {
    const { params, inArea } = this.scope(inputs, this.range(inputs));
    const rows: { current: boolean; kind: string; agencyId: string; powerId: string | null; n: number }[] =
      await this.db.query(
        `SELECT a.taken_on >= $2::date AS current, a.kind, a.agency_id AS "agencyId", a.power_id AS "powerId",
                count(*)::int AS n
           FROM enforcement_action a
          WHERE a.taken_on BETWEEN $1::date AND $3::date ${inArea('a.premises_id')}
          GROUP BY 1, 2, 3, 4`,
        params,
      );
    for (const row of rows) {
      const measure = actionMeasureOf(row.kind);
      if (!measure) continue;
      const period: Period = row.current ? 'current' : 'previous';
      tally.add(period, measure, row.agencyId, row.n);
      tally.add(period, `${measure}:power`, row.powerId ?? NO_AGENCY, row.n);
    }
  }

  private async visits(inputs: Inputs, tally: Tally): Promise<void> {
    const { params, inArea } = this.scope(inputs, this.range(inputs));
    const rows: {
      current: boolean;
      agencyId: string | null;
      all: boolean;
      visits: number;
      joint: number;
      premises: number;
    }[] = await this.db.query(
      `WITH v AS (
         SELECT r.id, r.premises_id, r.started_at >= ${londonStart('$2')} AS current
           FROM visit_record r
          WHERE r.started_at >= ${londonStart('$1')} AND r.started_at < ${londonEnd('$3')} ${inArea('r.premises_id')}
       ), va AS (
         SELECT DISTINCT att.visit_record_id AS id, att.agency_id
           FROM visit_record_attendance att JOIN v ON v.id = att.visit_record_id
       ), n AS (
         SELECT id, count(*) AS agencies FROM va GROUP BY id
       )
       SELECT v.current, va.agency_id AS "agencyId", GROUPING(va.agency_id) = 1 AS "all",
              count(DISTINCT v.id)::int AS visits,
              count(DISTINCT v.id) FILTER (WHERE n.agencies >= 2)::int AS joint,
              count(DISTINCT v.premises_id)::int AS premises
         FROM v LEFT JOIN n ON n.id = v.id LEFT JOIN va ON va.id = v.id
        GROUP BY GROUPING SETS ((v.current), (v.current, va.agency_id))`,
      params,
    );
    for (const row of rows) {
      if (!row.all && row.agencyId === null) continue; // visits with no attendance recorded count only in the total
      const period: Period = row.current ? 'current' : 'previous';
      const key = row.all ? '*' : row.agencyId!;
      tally.add(period, 'jointOperations', key, row.joint);
      tally.add(period, 'disruptionVisits', key, row.visits);
      tally.add(period, 'premisesVisited', key, row.premises);
    }
  }

  /** Groups formed, closed and open, and how long groups took to a first visit and to a closure. */
  private async groups(inputs: Inputs, tally: Tally) {
    const { params, inArea } = this.scope(inputs, [...this.range(inputs), inputs.asOf, inputs.previousAsOf]);
    const closing = CLOSING_ACTION_KINDS.map((kind) => `'${kind}'`).join(', ');
    const [row]: {
      formed: number;
      formedBefore: number;
      closed: number;
      closedBefore: number;
      open: number;
      openBefore: number;
      toVisit: number[] | null;
      toVisitBefore: number[] | null;
      toClosure: number[] | null;
      toClosureBefore: number[] | null;
    }[] = await this.db.query(
      `WITH g AS (
         SELECT t.id, t.created_at, t.closed_at, (t.created_at AT TIME ZONE 'Europe/London')::date AS formed_on
           FROM task_and_finish_group t
          WHERE t.created_at < ${londonEnd('$3')}
            ${inputs.area ? `AND EXISTS (SELECT 1 FROM group_premises gp WHERE gp.group_id = t.id ${inArea('gp.premises_id')})` : ''}
       ), first_visit AS (
         SELECT g.id, (min(r.started_at) AT TIME ZONE 'Europe/London')::date AS first_visit_on
           FROM g JOIN group_premises gp ON gp.group_id = g.id
                  JOIN visit_record r ON r.premises_id = gp.premises_id AND r.started_at >= g.created_at
          GROUP BY g.id
       ), first_closure AS (
         SELECT g.id, min(a.taken_on) AS first_closure_on
           FROM g JOIN group_premises gp ON gp.group_id = g.id
                  JOIN enforcement_action a ON a.premises_id = gp.premises_id AND a.taken_on >= g.formed_on
          WHERE a.kind IN (${closing})
          GROUP BY g.id
       ), f AS (
         SELECT g.*, v.first_visit_on, c.first_closure_on
           FROM g LEFT JOIN first_visit v ON v.id = g.id LEFT JOIN first_closure c ON c.id = g.id
       )
       SELECT count(*) FILTER (WHERE formed_on >= $2::date)::int AS formed,
              count(*) FILTER (WHERE formed_on BETWEEN $1::date AND $2::date - 1)::int AS "formedBefore",
              count(*) FILTER (WHERE closed_at >= ${londonStart('$2')} AND closed_at < ${londonEnd('$3')})::int AS closed,
              count(*) FILTER (WHERE closed_at >= ${londonStart('$1')} AND closed_at < ${londonStart('$2')})::int
                AS "closedBefore",
              count(*) FILTER (WHERE created_at < ${londonEnd('$4')}
                                 AND (closed_at IS NULL OR closed_at >= ${londonEnd('$4')}))::int AS open,
              count(*) FILTER (WHERE created_at < ${londonEnd('$5')}
                                 AND (closed_at IS NULL OR closed_at >= ${londonEnd('$5')}))::int AS "openBefore",
              array_agg(first_visit_on - formed_on) FILTER (WHERE first_visit_on BETWEEN $2::date AND $3::date)
                AS "toVisit",
              array_agg(first_visit_on - formed_on) FILTER (WHERE first_visit_on BETWEEN $1::date AND $2::date - 1)
                AS "toVisitBefore",
              array_agg(first_closure_on - formed_on) FILTER (WHERE first_closure_on BETWEEN $2::date AND $3::date)
                AS "toClosure",
              array_agg(first_closure_on - formed_on) FILTER (WHERE first_closure_on BETWEEN $1::date AND $2::date - 1)
                AS "toClosureBefore"
         FROM f`,
      params,
    );
    tally.add('current', 'groupsFormed', '*', row.formed);
    tally.add('previous', 'groupsFormed', '*', row.formedBefore);
    tally.add('current', 'groupsClosed', '*', row.closed);
    tally.add('previous', 'groupsClosed', '*', row.closedBefore);
    tally.add('current', 'groupsOpen', '*', row.open);
    tally.add('previous', 'groupsOpen', '*', row.openBefore);
    return {
      toVisit: [row.toVisit ?? [], row.toVisitBefore ?? []] as const,
      toClosure: [row.toClosure ?? [], row.toClosureBefore ?? []] as const,
    };
  }

  /** Tasks overdue and premises under monitoring at the end of each period; information reports received. */
  private async followUp(inputs: Inputs, tally: Tally): Promise<void> {
    const tasks = this.scope(inputs, [inputs.asOf, inputs.previousAsOf]);
    const taskArea = inputs.area
      ? `AND (t.premises_id IS NOT NULL ${tasks.inArea('t.premises_id')}
              OR EXISTS (SELECT 1 FROM group_premises gp WHERE gp.group_id = t.group_id ${tasks.inArea('gp.premises_id')}))`
      : '';
    const overdue = this.db.query(
      `SELECT x.current, t.owner_agency_id AS "agencyId", count(*)::int AS n
         FROM task t CROSS JOIN (VALUES (TRUE, $1::date), (FALSE, $2::date)) AS x(current, as_of)
        WHERE t.due_on < x.as_of
          AND t.created_at < ((x.as_of + 1)::timestamp AT TIME ZONE 'Europe/London')
          AND NOT (t.status IN ('DONE', 'CANCELLED')
                   AND (t.completed_at IS NULL OR t.completed_at < ((x.as_of + 1)::timestamp AT TIME ZONE 'Europe/London')))
          ${taskArea}
        GROUP BY 1, 2`,
      tasks.params,
    ) as Promise<{ current: boolean; agencyId: string; n: number }[]>;
    const reportsScope = this.scope(inputs, this.range(inputs));
    const reports = this.db.query(
      `SELECT ir.received_at >= ${londonStart('$2')} AS current, ir.agency_id AS "agencyId", count(*)::int AS n,
              count(*) FILTER (WHERE ir.feedback_given_at IS NOT NULL)::int AS feedback
         FROM information_report ir
        WHERE ir.received_at >= ${londonStart('$1')} AND ir.received_at < ${londonEnd('$3')}
          ${inputs.area ? `AND EXISTS (SELECT 1 FROM information_report_subject s WHERE s.report_id = ir.id ${reportsScope.inArea('s.premises_id')})` : ''}
        GROUP BY 1, 2`,
      reportsScope.params,
    ) as Promise<{ current: boolean; agencyId: string; n: number; feedback: number }[]>;
    const monitoringScope = this.scope(inputs, [inputs.asOf, inputs.previousAsOf]);
    const monitoring = this.db.query(
      `SELECT x.current, count(*)::int AS n
         FROM monitoring m CROSS JOIN (VALUES (TRUE, $1::date), (FALSE, $2::date)) AS x(current, as_of)
        WHERE m.created_at < ((x.as_of + 1)::timestamp AT TIME ZONE 'Europe/London')
          AND (m.ended_at IS NULL OR m.ended_at >= ((x.as_of + 1)::timestamp AT TIME ZONE 'Europe/London'))
          ${monitoringScope.inArea('m.premises_id')}
        GROUP BY 1`,
      monitoringScope.params,
    ) as Promise<{ current: boolean; n: number }[]>;
    for (const row of await overdue)
      tally.add(row.current ? 'current' : 'previous', 'tasksOverdue', row.agencyId, row.n);
    for (const row of await reports) {
      const period: Period = row.current ? 'current' : 'previous';
      tally.add(period, 'reportsReceived', row.agencyId, row.n);
      tally.add(period, 'reportsWithFeedback', row.agencyId, row.feedback);
    }
    for (const row of await monitoring)
      tally.add(row.current ? 'current' : 'previous', 'premisesMonitored', '*', row.n);
  }
}

// Putting the report together ----------------------------------------------------------------

const sumOf = (counts: Counts) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** The worse of two suppressions of the same total, so that no table shows what another hides. */
function hiddenest(a: ReportCell, b: ReportCell): ReportCell {
  return a.value === null ? a : b;
}

interface Breakdown {
  measure: string;
  /** Row key → cell. */
  cells: Map<string, ReportCell>;
  total: ReportCell;
}

function breakdown(measure: string, keys: readonly string[], counts: Counts, total: number): Breakdown {
  const suppressed = suppressBreakdown(
    keys.map((key) => counts.get(key) ?? 0),
    total,
  );
  return { measure, cells: new Map(keys.map((key, i) => [key, suppressed.cells[i]])), total: suppressed.total };
}

function table(
  key: string,
  title: string,
  caption: string,
  rowHeader: string,
  columns: { label: string; breakdown: Breakdown }[],
  rows: { key: string; label: string }[],
  totalLabel: string,
): BoardReportTableModel {
  const body: BoardReportRowModel[] = rows.map((row) => ({
    label: row.label,
    cells: columns.map((column) => column.breakdown.cells.get(row.key)!),
  }));
  body.push({ label: totalLabel, cells: columns.map((column) => column.breakdown.total) });
  return { key, title, caption, rowHeader, columns: columns.map((column) => column.label), rows: body };
}

function assemble(
  inputs: Inputs,
  tally: Tally,
  durations: { toVisit: readonly [number[], number[]]; toClosure: readonly [number[], number[]] },
  agencies: { id: string; name: string }[],
  powers: { id: string; name: string }[],
  areas: string[],
): BoardReportModel {
  const agencyRows = agencies.map((agency) => ({ key: agency.id, label: agency.name }));
  const agencyKeys = agencyRows.map((row) => row.key);
  const totals = new Map<string, ReportCell>();
  const previousTotal = (measure: string) => {
    const all = tally.get('previous', measure, '*');
    return all || sumOf(tally.keys('previous', measure));
  };

  // Visits and actions by agency: the totals of visits come from the query (a visit attended by two agencies is
  // one visit); those of actions are the sum of the agencies'.
  const byAgency = [...VISIT_MEASURES, ...ACTION_MEASURES].map((measure) => {
    const counts = tally.keys('current', measure.key);
    const total = counts.get('*') ?? sumOf(counts);
    counts.delete('*');
    return { label: measure.label, breakdown: breakdown(measure.key, agencyKeys, counts, total) };
  });
  const powerKeys = powers
    .map((power) => power.id)
    .filter((id) => ACTION_MEASURES.some((measure) => tally.get('current', `${measure.key}:power`, id) > 0));
  const powerRows = [
    ...powers.filter((power) => powerKeys.includes(power.id)).map((power) => ({ key: power.id, label: power.name })),
    { key: NO_AGENCY, label: 'No power recorded' },
  ];
  const byPower = ACTION_MEASURES.map((measure) => {
    const counts = tally.keys('current', `${measure.key}:power`);
    return {
      label: measure.label,
      breakdown: breakdown(
        measure.key,
        powerRows.map((row) => row.key),
        counts,
        sumOf(counts),
      ),
    };
  });
  const followUp = [
    { key: 'tasksOverdue', label: 'Tasks overdue at the end of the period' },
    { key: 'reportsReceived', label: 'Information reports received' },
    { key: 'reportsWithFeedback', label: 'Information reports with feedback given' },
  ].map((measure) => {
    const counts = tally.keys('current', measure.key);
    return { label: measure.label, breakdown: breakdown(measure.key, agencyKeys, counts, sumOf(counts)) };
  });

  // One total per measure, as hidden as the most hidden of its tables; then every table shows that one.
  for (const column of [...byAgency, ...byPower, ...followUp]) {
    const { measure, total } = column.breakdown;
    totals.set(measure, totals.has(measure) ? hiddenest(totals.get(measure)!, total) : total);
  }
  for (const column of [...byAgency, ...byPower, ...followUp])
    column.breakdown.total = totals.get(column.breakdown.measure)!;

  const figure = (
    section: string,
    key: string,
    label: string,
    current: ReportCell,
    previous: ReportCell,
    unit = '',
  ): BoardReportFigureModel => {
    const change = changeBetween(current, previous, unit);
    return { key, label, section, current, previous, change: change.difference, changeDisplay: change.display };
  };
  const counted = (section: string, key: string, label: string) =>
    figure(
      section,
      key,
      label,
      totals.get(key) ?? countCell(tally.get('current', key, '*')),
      countCell(previousTotal(key)),
    );
  const received = totals.get('reportsReceived')!;
  const withFeedback = totals.get('reportsWithFeedback')!;
  const figures: BoardReportFigureModel[] = [
    ...VISIT_MEASURES.map((measure) => counted('Visits', measure.key, measure.label)),
    ...ACTION_MEASURES.map((measure) => counted('Enforcement', measure.key, measure.label)),
    counted('Groups', 'groupsFormed', 'Task and finish groups formed'),
    counted('Groups', 'groupsClosed', 'Task and finish groups closed'),
    counted('Groups', 'groupsOpen', 'Task and finish groups open at the end of the period'),
    counted('Groups', 'premisesMonitored', 'Premises under monitoring at the end of the period'),
    counted('Groups', 'tasksOverdue', 'Tasks overdue at the end of the period'),
    counted('Intelligence', 'reportsReceived', 'Information reports received'),
    counted('Intelligence', 'reportsWithFeedback', 'Information reports with feedback given'),
    figure(
      'Intelligence',
      'feedbackShare',
      'Share of information reports with feedback given',
      shareCell(withFeedback, received),
      shareCell(countCell(previousTotal('reportsWithFeedback')), countCell(previousTotal('reportsReceived'))),
      ' points',
    ),
  ];

  const duration = (key: string, label: string, [current, previous]: readonly [number[], number[]]) => ({
    key,
    label,
    ...summariseDurations(current),
    previousMedianDays: summariseDurations(previous).medianDays,
  });

  const agencyCaption =
    'Each agency’s part; a visit attended by two agencies counts once for each, and once in the total.';
  return {
    period: inputs.period,
    previousPeriod: inputs.previous,
    area: inputs.area,
    areaLabel: inputs.area ? `Postcode district ${inputs.area}` : 'The whole borough',
    areas,
    suppressionThreshold: SUPPRESSION_THRESHOLD,
    asOf: inputs.asOf,
    generatedAt: new Date(),
    figures,
    durations: [
      duration('toFirstVisit', 'From tasking to the first visit', durations.toVisit),
      duration('toClosure', 'From tasking to closure of a premises', durations.toClosure),
    ],
    tables: [
      table('outcomesByAgency', 'Outcomes by agency', agencyCaption, 'Agency', byAgency, agencyRows, 'All agencies'),
      table(
        'actionsByPower',
        'Enforcement by power',
        'Actions under each power of the catalogue; referrals and some other actions need no power.',
        'Power',
        byPower,
        powerRows,
        'All powers',
      ),
      table(
        'followUpByAgency',
        'Follow-up by agency',
        'Tasks by the agency that owns them; information reports by the referrer’s agency.',
        'Agency',
        followUp,
        agencyRows,
        'All agencies',
      ),
    ],
  };
}
