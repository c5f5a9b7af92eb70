import { DataSource, In } from 'typeorm';
import { DateTime } from 'luxon';
import {
  addDaysToIsoDate,
  CLOSING_ACTION_KINDS,
  londonToday,
  parseReportPeriod,
  previousReportPeriod,
  quarterKeyOf,
  type AgencyType,
  type EnforcementActionKind,
  type PowerCategory,
  type PremisesKind,
  type ReportPeriod,
} from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { UserAccount } from '@lantern/server/identity';
import { Power } from '@lantern/server/powers';
import { Premises } from '@lantern/server/premises';
import { GroupPremises, Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { VisitRecord, VisitRecordAttendance } from '@lantern/server/visits';
import { EnforcementAction } from '@lantern/server/enforcement';
import { Monitoring } from '@lantern/server/monitoring';
import { InformationReport, ReportSubject } from '@lantern/server/intelligence';
import { demoAgencies, demoOfficers } from './demo-borough';

/*
 * A fictional history of Northbridge for the board report (issue 8): from the start of the quarter two quarters
 * back until yesterday, closed task and finish groups with their visits, enforcement actions, tasks, information
 * reports and monitorings. Deterministic for a given day; every street and name is made up. It is written straight
 * into the tables (the services only record what happens today), and kept apart from the operational demo: its
 * groups have no member agencies and its premises are shared with none, so agency officers see none of it.
 */

/** A small deterministic generator (mulberry32), so the history is the same every time for the same day. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

const STREETS = ['Tanner Row', 'Weaver Street', 'Canal Side', 'Cobble Yard', 'Mill Lane', 'Brewery Court'];
const KINDS: { kind: PremisesKind; use: 'DWELLING' | 'TRADE' | 'BOTH'; noun: string }[] = [
  { kind: 'TAKEAWAY', use: 'TRADE', noun: 'Takeaway' },
  { kind: 'HMO', use: 'DWELLING', noun: 'House in multiple occupation' },
  { kind: 'SHISHA_BAR', use: 'TRADE', noun: 'Shisha Lounge' },
  { kind: 'CONVENIENCE_STORE', use: 'BOTH', noun: 'Convenience Store' },
  { kind: 'RESIDENTIAL_PROPERTY', use: 'DWELLING', noun: 'Flat' },
  { kind: 'PUB_BAR', use: 'TRADE', noun: 'Bar' },
];
const DISTRICTS = ['NB1', 'NB2', 'NB3', 'NB4'];

/** Which demo agencies take each kind of action, and the catalogue category of the power they use. */
const ACTION_KINDS: {
  kind: EnforcementActionKind;
  weight: number;
  agencies: string[];
  category: PowerCategory | null;
}[] = [
  { kind: 'NOTICE_SERVED', weight: 30, agencies: ['fire', 'eh', 'housing', 'business', 'asb'], category: 'NOTICE' },
  { kind: 'PROHIBITION', weight: 5, agencies: ['fire'], category: 'PROHIBITION_CLOSURE' },
  { kind: 'CLOSURE_NOTICE', weight: 5, agencies: ['police', 'asb'], category: 'PROHIBITION_CLOSURE' },
  { kind: 'CLOSURE_ORDER', weight: 3, agencies: ['asb', 'police'], category: 'PROHIBITION_CLOSURE' },
  { kind: 'CIVIL_ORDER', weight: 6, agencies: ['police'], category: 'CIVIL_ORDER' },
  { kind: 'LICENCE_REVIEW', weight: 6, agencies: ['licensing'], category: 'LICENCE_ACTION' },
  { kind: 'LICENCE_SUSPENSION', weight: 3, agencies: ['licensing'], category: 'LICENCE_ACTION' },
  { kind: 'SEIZURE', weight: 8, agencies: ['business', 'police'], category: 'SEIZURE' },
  { kind: 'ARREST', weight: 8, agencies: ['police'], category: null },
  { kind: 'REFERRAL', weight: 10, agencies: ['social-care', 'police', 'housing'], category: null },
  { kind: 'ADVICE', weight: 8, agencies: ['eh', 'business', 'building'], category: null },
  { kind: 'INSPECTION', weight: 8, agencies: ['fire', 'building', 'housing'], category: 'ENTRY_INSPECTION' },
];
const VISITING_AGENCIES = [...new Set(demoOfficers.map((officer) => officer.agency))];
const REFERRING_USERS = [
  'coordinator@lantern.example',
  'fire.officer@lantern.example',
  'licensing.officer@lantern.example',
  'intelligence@lantern.example',
];

export interface DemoHistory {
  premises: { key: string; name: string; street: string; postcode: string; kind: PremisesKind; use: string }[];
  groups: { key: string; premises: string[]; lead: string; formedOn: string; closedOn: string | null }[];
  visits: { key: string; premises: string; on: string; agencies: string[] }[];
  actions: { premises: string; agency: string; kind: EnforcementActionKind; on: string }[];
  tasks: { group: string; owner: string; dueOn: string; completedOn: string | null; createdOn: string }[];
  reports: { referrer: string; premises: string; receivedOn: string; feedbackOn: string | null }[];
  monitorings: { premises: string; from: string; endsOn: string }[];
}

/** The history as data: the seed writes it, and tests work out what the report must say from it. */
export function planDemoHistory(today = londonToday()): DemoHistory {
  const rng = random(Number(today.replace(/-/g, '')));
  const start = previousReportPeriod(previousReportPeriod(parseReportPeriod(quarterKeyOf(today)) as ReportPeriod)).from;
  const days = Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000);
  const history: DemoHistory = {
    premises: [],
    groups: [],
    visits: [],
    actions: [],
    tasks: [],
    reports: [],
    monitorings: [],
  };
  const yesterday = addDaysToIsoDate(today, -1);
  const before = (day: string) => day <= yesterday;
  const weights = ACTION_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  const pickKind = () => {
    let n = rng.next() * weights;
    for (const kind of ACTION_KINDS) if ((n -= kind.weight) < 0) return kind;
    return ACTION_KINDS[0];
  };

  for (let g = 0; g < 30; g++) {
    const formedOn = addDaysToIsoDate(start, Math.floor((g * (days - 20)) / 30) + rng.int(0, 3));
    const premises = Array.from({ length: rng.int(1, 2) }, (_, i) => {
      const type = rng.pick(KINDS);
      const street = rng.pick(STREETS);
      const district = DISTRICTS[(g + i) % DISTRICTS.length];
      const key = `h${g}-${i}`;
      history.premises.push({
        key,
        name: `${street} ${type.noun} ${g + 1}${i ? 'B' : ''}`,
        street: `${rng.int(2, 180)} ${street}`,
        postcode: `${district} ${rng.int(1, 9)}${rng.pick(['HT', 'JR', 'LW', 'QP'])}`,
        kind: type.kind,
        use: type.use,
      });
      return key;
    });
    let day = addDaysToIsoDate(formedOn, rng.int(2, 25));
    let lastVisit: string | null = null;
    let closedPremises = false;
    for (let v = 0; v < rng.int(3, 6) && before(day); v++) {
      const attending = [...new Set(Array.from({ length: rng.int(1, 4) }, () => rng.pick(VISITING_AGENCIES)))];
      const premisesKey = rng.pick(premises);
      history.visits.push({ key: `h${g}-v${v}`, premises: premisesKey, on: day, agencies: attending });
      for (let a = 0; a < rng.int(1, 4); a++) {
        const kind = pickKind();
        if (closedPremises && CLOSING_ACTION_KINDS.includes(kind.kind)) continue;
        closedPremises ||= CLOSING_ACTION_KINDS.includes(kind.kind);
        history.actions.push({ premises: premisesKey, agency: rng.pick(kind.agencies), kind: kind.kind, on: day });
      }
      lastVisit = day;
      day = addDaysToIsoDate(day, rng.int(6, 24));
    }
    const closedOn = lastVisit ? addDaysToIsoDate(lastVisit, rng.int(10, 45)) : null;
    const closed = closedOn && before(closedOn) ? closedOn : null;
    history.groups.push({
      key: `h${g}`,
      premises,
      lead: rng.pick(['business', 'police', 'asb', 'fire']),
      formedOn,
      closedOn: closed,
    });
    for (let t = 0; t < rng.int(2, 4); t++) {
      const dueOn = addDaysToIsoDate(formedOn, rng.int(10, 70));
      const completedOn = addDaysToIsoDate(dueOn, rng.int(-8, 30));
      history.tasks.push({
        group: `h${g}`,
        owner: rng.pick(VISITING_AGENCIES),
        dueOn,
        completedOn: before(completedOn) ? completedOn : null,
        createdOn: formedOn,
      });
    }
    if (closed && closedPremises) {
      history.monitorings.push({
        premises: premises[0],
        from: closed,
        endsOn: addDaysToIsoDate(closed, rng.int(60, 150)),
      });
    }
  }
  for (let r = 0; r < 90; r++) {
    const receivedOn = addDaysToIsoDate(start, Math.floor((r * days) / 90));
    const feedbackOn = addDaysToIsoDate(receivedOn, rng.int(2, 20));
    history.reports.push({
      referrer: rng.pick(REFERRING_USERS),
      premises: rng.pick(history.premises).key,
      receivedOn,
      feedbackOn: rng.next() < 0.8 && before(feedbackOn) ? feedbackOn : null,
    });
  }
  return history;
}

const eveningInLondon = (day: string, time = '19:30') =>
  DateTime.fromISO(`${day}T${time}`, { zone: 'Europe/London' }).toUTC().toJSDate();

/** Writes the history into a database that holds the demo borough; returns what it wrote. */
export async function seedDemoHistory(db: DataSource, today = londonToday()): Promise<DemoHistory> {
  const history = planDemoHistory(today);
  const agencyByKey = new Map<string, Agency>();
  for (const { key, name } of demoAgencies)
    agencyByKey.set(key, await db.getRepository(Agency).findOneByOrFail({ name }));
  const officers = await db.getRepository(Officer).findBy({ name: In(demoOfficers.map((officer) => officer.name)) });
  const officerOf = (agencyKey: string) =>
    officers.find((officer) => officer.agencyId === agencyByKey.get(agencyKey)!.id)!;
  const users = await db.getRepository(UserAccount).findBy({ email: In(REFERRING_USERS) });
  const coordinator = users.find((user) => user.email === 'coordinator@lantern.example')!;
  const powers = await db.getRepository(Power).find({ order: { code: 'ASC' } });
  const powerFor = (agencyType: AgencyType, category: PowerCategory | null) =>
    category
      ? (powers.find((power) => power.category === category && power.holderAgencyTypes.includes(agencyType)) ?? null)
      : null;

  await db.transaction(async (manager) => {
    // A few bulk inserts, each returning its ids in the order of its rows.
    const ids = async <T>(entity: Parameters<typeof manager.insert>[0], rows: T[]): Promise<string[]> =>
      rows.length === 0
        ? []
        : (await manager.insert(entity, rows as never)).identifiers.map((identifier) => identifier['id'] as string);
    const premisesIds = new Map<string, string>();
    (
      await ids(
        Premises,
        history.premises.map((p) => ({
          name: p.name,
          addressLine1: p.street,
          addressLine2: null,
          town: 'Northbridge',
          postcode: p.postcode,
          kind: p.kind,
          use: p.use as Premises['use'],
          status: 'ACTION_TAKEN' as const,
          licensableActivity: p.kind === 'PUB_BAR',
          concernSummary: 'Fictional history for the board report demo.',
        })),
      )
    ).forEach((id, i) => premisesIds.set(history.premises[i].key, id));
    const groupIds = await ids(
      TaskAndFinishGroup,
      history.groups.map((group) => ({
        name: `Operation ${group.key.toUpperCase()} (history)`,
        objective: 'Disrupt exploitation at the premises (fictional history).',
        stage: group.closedOn ? ('CLOSED' as const) : ('ACTIVE' as const),
        leadAgencyId: agencyByKey.get(group.lead)!.id,
        coordinatorUserId: coordinator.id,
        closureSummary: group.closedOn ? 'Objective met (fictional history).' : null,
        closedAt: group.closedOn ? eveningInLondon(group.closedOn, '12:00') : null,
        createdAt: eveningInLondon(group.formedOn, '10:00'),
      })),
    );
    const groupId = new Map(history.groups.map((group, i) => [group.key, groupIds[i]]));
    await ids(
      GroupPremises,
      history.groups.flatMap((group) =>
        group.premises.map((key) => ({ groupId: groupId.get(group.key)!, premisesId: premisesIds.get(key)! })),
      ),
    );
    await ids(
      Task,
      history.tasks.map((task, i) => ({
        groupId: groupId.get(task.group)!,
        title: `Follow-up ${i + 1}`,
        ownerAgencyId: agencyByKey.get(task.owner)!.id,
        dueOn: task.dueOn,
        status: task.completedOn ? ('DONE' as const) : ('OPEN' as const),
        completedAt: task.completedOn ? eveningInLondon(task.completedOn, '15:00') : null,
        createdAt: eveningInLondon(task.createdOn, '11:00'),
      })),
    );
    const visitIds = await ids(
      VisitRecord,
      history.visits.map((visit) => ({
        premisesId: premisesIds.get(visit.premises)!,
        startedAt: eveningInLondon(visit.on),
        endedAt: eveningInLondon(visit.on, '21:00'),
        notes: '',
      })),
    );
    await ids(
      VisitRecordAttendance,
      history.visits.flatMap((visit, i) =>
        visit.agencies.map((key) => ({
          visitRecordId: visitIds[i],
          officerId: officerOf(key).id,
          agencyId: agencyByKey.get(key)!.id,
        })),
      ),
    );
    await ids(
      EnforcementAction,
      history.actions.map((action) => {
        const agency = agencyByKey.get(action.agency)!;
        const category = ACTION_KINDS.find((kind) => kind.kind === action.kind)!.category;
        return {
          premisesId: premisesIds.get(action.premises)!,
          agencyId: agency.id,
          powerId: powerFor(agency.type, category)?.id ?? null,
          kind: action.kind,
          takenOn: action.on,
          details: 'Fictional history for the board report demo.',
          status: 'SERVED' as const,
        };
      }),
    );
    const reportIds = await ids(
      InformationReport,
      history.reports.map((report) => {
        const user = users.find((u) => u.email === report.referrer)!;
        const received = eveningInLondon(report.receivedOn, '09:30');
        return {
          submittedByUserId: user.id,
          agencyId: user.agencyId,
          referrerName: user.displayName,
          referrerJobTitle: 'Officer',
          referrerContact: user.email,
          becameAwareAt: received,
          sourceType: 'OTHER_PROFESSIONAL' as const,
          howCameToLight: 'Fictional history for the board report demo.',
          informationAccuracy: 2,
          handlingCode: 'P' as const,
          details: 'Fictional history for the board report demo.',
          status: report.feedbackOn ? ('ACTIONED' as const) : ('RECEIVED' as const),
          receivedAt: received,
          feedbackDueAt: eveningInLondon(addDaysToIsoDate(report.receivedOn, 14), '09:30'),
          feedback: report.feedbackOn ? 'Thank you: this helped the partnership act.' : null,
          feedbackGivenAt: report.feedbackOn ? eveningInLondon(report.feedbackOn, '16:00') : null,
        };
      }),
    );
    await ids(
      ReportSubject,
      history.reports.map((report, i) => ({
        reportId: reportIds[i],
        kind: 'PREMISES' as const,
        premisesId: premisesIds.get(report.premises)!,
      })),
    );
    const yesterday = addDaysToIsoDate(today, -1);
    await ids(
      Monitoring,
      history.monitorings.map((monitoring) => {
        const ended = monitoring.endsOn <= yesterday;
        return {
          premisesId: premisesIds.get(monitoring.premises)!,
          reason: 'Closed premises watched for displacement (fictional history).',
          reviewSchedule: 'MONTHLY' as const,
          nextReviewOn: addDaysToIsoDate(monitoring.from, 30),
          endsOn: monitoring.endsOn,
          status: ended ? ('ENDED' as const) : ('ACTIVE' as const),
          coordinatorUserId: coordinator.id,
          endedAt: ended ? eveningInLondon(monitoring.endsOn, '17:00') : null,
          createdAt: eveningInLondon(monitoring.from, '12:00'),
        };
      }),
    );
  });
  return history;
}

/**
 * What the board report must say about the history for a period over the whole borough, worked out from the plan
 * with the definitions of docs/board-reports.md (not with the report's SQL): the tests compare the two.
 */
export function expectedHistoryFigures(history: DemoHistory, period: { from: string; to: string }) {
  const within = (day: string | null) => day !== null && day >= period.from && day <= period.to;
  const visits = history.visits.filter((visit) => within(visit.on));
  const actions = (kinds: readonly string[]) =>
    history.actions.filter((action) => within(action.on) && kinds.includes(action.kind));
  const reports = history.reports.filter((report) => within(report.receivedOn));
  return {
    disruptionVisits: visits.length,
    jointOperations: visits.filter((visit) => visit.agencies.length >= 2).length,
    premisesVisited: new Set(visits.map((visit) => visit.premises)).size,
    noticesServed: actions(['NOTICE_SERVED']).length,
    prohibitionsAndClosures: actions(CLOSING_ACTION_KINDS).length,
    arrests: actions(['ARREST']).length,
    referrals: actions(['REFERRAL']).length,
    groupsFormed: history.groups.filter((group) => within(group.formedOn)).length,
    groupsClosed: history.groups.filter((group) => within(group.closedOn)).length,
    reportsReceived: reports.length,
    reportsWithFeedback: reports.filter((report) => report.feedbackOn !== null).length,
    /** Visits each agency attended, by agency key. */
    visitsByAgency: Object.fromEntries(
      VISITING_AGENCIES.map((key) => [key, visits.filter((visit) => visit.agencies.includes(key)).length]),
    ),
  };
}
