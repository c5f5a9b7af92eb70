import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lantern/server/core';
import { schemaParts } from '@lantern/server/app';
import { PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { PasswordHasher } from '@lantern/server/identity';
import type { AgencyType, PremisesKind, PremisesUse } from '@lantern/shared/domain';

/**
 * A realistic, deterministic borough-scale history (issue 8): agencies and officers with users, the powers
 * catalogue, premises of every kind over several postcode districts, people, vehicles and businesses linked to them,
 * task and finish groups at every stage with their agencies, officers, premises, tasks and timeline, visit plans with
 * attendance, visit records (joint ones, refused entry), enforcement actions by the agencies that can really take
 * them under powers in force that reach the premises, with statuses and status changes, information reports with
 * and without feedback, and monitorings. Premises statuses and their history follow from all of that.
 *
 * Set-based SQL (INSERT ... SELECT over generate_series): a few big statements in one transaction, so a failure
 * leaves the database as it was. Randomness is a hash of (row number, purpose, seed), and ids are UUIDs made from
 * the seed too (ordered within each table, so that big inserts append to their indexes), and "now" is today's London
 * midnight, so the same seed on the same day gives the same rows. Times are spread over the `years` before that.
 *
 * Generated rows get no audit events: the audit log records what users did through the app, and these rows were
 * never done by anyone (the chain starts empty and the app's own writes extend it as usual).
 */
export interface BoroughOptions {
  groups: number;
  premises: number;
  actions: number;
  /** How many years of history, ending today (default 5). */
  years?: number;
  /** Same seed, same data (default 1). */
  seed?: number;
  log?: (line: string) => void;
}

/** Every generated user's password. */
export const BOROUGH_PASSWORD = 'lantern-borough-2026';
/** Officers (and users) per agency. */
export const BOROUGH_OFFICERS_PER_AGENCY = 20;
/** How many coordinators and intelligence officers there are (their emails are numbered from 1). */
export const BOROUGH_COORDINATORS = 10;
export const BOROUGH_INTELLIGENCE_OFFICERS = 5;

/** Sign-in emails of the generated users. */
export const boroughEmails = {
  admin: 'admin@borough.example',
  board: (n = 1) => `board.${n}@borough.example`,
  coordinator: (n = 1) => `coordinator.${n}@borough.example`,
  intelligence: (n = 1) => `intelligence.${n}@borough.example`,
  /** Agency officers: agency 1..15 in BOROUGH_AGENCIES order, officer 1..20 (officers 1..10 of the coordinating agency and 1..5 of the CSE team are the coordinators and intelligence officers). */
  officer: (agency: number, n: number) => `officer.${agency}.${n}@borough.example`,
};

/** The borough's agencies; the first TRADING_STANDARDS one (Business Regulation) is the coordinators' home. */
export const BOROUGH_AGENCIES: { name: string; type: AgencyType }[] = [
  { name: 'Southmere Police – CSE Team', type: 'POLICE' },
  { name: 'Southmere Police – Licensing', type: 'POLICE' },
  { name: 'Southmere Police – Neighbourhood Policing', type: 'POLICE' },
  { name: 'Southmere Fire and Rescue – Fire Protection North', type: 'FIRE_AND_RESCUE' },
  { name: 'Southmere Fire and Rescue – Fire Protection South', type: 'FIRE_AND_RESCUE' },
  { name: 'Southmere Council – Business Regulation', type: 'TRADING_STANDARDS' },
  { name: 'Southmere Council – Trading Standards', type: 'TRADING_STANDARDS' },
  { name: 'Southmere Council – Licensing', type: 'LICENSING' },
  { name: 'Southmere Council – Environmental Health', type: 'ENVIRONMENTAL_HEALTH' },
  { name: 'Southmere Council – Building Control', type: 'BUILDING_CONTROL' },
  { name: 'Southmere Council – Planning Enforcement', type: 'PLANNING_ENFORCEMENT' },
  { name: 'Southmere Council – Strategic Housing', type: 'STRATEGIC_HOUSING' },
  { name: 'Southmere Council – Revenues and Benefits', type: 'REVENUES_AND_BENEFITS' },
  { name: 'Southmere Council – Community Safety', type: 'COMMUNITY_SAFETY_ASB' },
  { name: "Southmere Council – Children's Social Care", type: 'CHILDRENS_SOCIAL_CARE' },
];
const COORDINATING_AGENCY = 6;
const CSE_TEAM = 1;

/** Premises kinds, how common they are among premises of concern, their use, and the share with licensable activity. */
const PREMISES_MIX: { kind: PremisesKind; weight: number; use: PremisesUse; licensable: number; label: string }[] = [
  { kind: 'RESIDENTIAL_PROPERTY', weight: 22, use: 'DWELLING', licensable: 0, label: '' },
  { kind: 'HMO', weight: 12, use: 'DWELLING', licensable: 0, label: '' },
  { kind: 'FLATS_COMMON_AREAS', weight: 4, use: 'DWELLING', licensable: 0, label: 'Court' },
  { kind: 'EMPTY_DWELLING', weight: 3, use: 'NEITHER', licensable: 0, label: '' },
  { kind: 'SHOP', weight: 6, use: 'BOTH', licensable: 0, label: 'Stores' },
  { kind: 'CONVENIENCE_STORE', weight: 6, use: 'TRADE', licensable: 0.6, label: 'Convenience' },
  { kind: 'TAKEAWAY', weight: 9, use: 'TRADE', licensable: 0.7, label: 'Takeaway' },
  { kind: 'RESTAURANT_CAFE', weight: 4, use: 'TRADE', licensable: 0.5, label: 'Cafe' },
  { kind: 'OFF_LICENCE', weight: 3, use: 'TRADE', licensable: 1, label: 'Wines' },
  { kind: 'PUB_BAR', weight: 3, use: 'BOTH', licensable: 1, label: 'Tavern' },
  { kind: 'NIGHTCLUB', weight: 1, use: 'TRADE', licensable: 1, label: 'Club' },
  { kind: 'SHISHA_BAR', weight: 2, use: 'TRADE', licensable: 0.3, label: 'Shisha Lounge' },
  { kind: 'HOTEL_BNB', weight: 4, use: 'BOTH', licensable: 0.5, label: 'Hotel' },
  { kind: 'CAR_WASH', weight: 3, use: 'TRADE', licensable: 0, label: 'Hand Car Wash' },
  { kind: 'GARAGE', weight: 3, use: 'TRADE', licensable: 0, label: 'Motors' },
  { kind: 'TAXI_OFFICE', weight: 3, use: 'TRADE', licensable: 0, label: 'Cars' },
  { kind: 'OFFICE', weight: 2, use: 'TRADE', licensable: 0, label: 'House' },
  { kind: 'WAREHOUSE', weight: 2, use: 'TRADE', licensable: 0, label: 'Trading Unit' },
  { kind: 'PLACE_OF_ASSEMBLY', weight: 1, use: 'NEITHER', licensable: 0.5, label: 'Hall' },
  { kind: 'PLACE_OF_WORSHIP', weight: 1, use: 'NEITHER', licensable: 0, label: 'Centre' },
  { kind: 'CARE_HOME', weight: 1, use: 'BOTH', licensable: 0, label: 'Care Home' },
  { kind: 'PARK_OPEN_SPACE', weight: 2, use: 'NEITHER', licensable: 0, label: 'Park' },
  { kind: 'OTHER', weight: 3, use: 'TRADE', licensable: 0, label: 'Unit' },
];

/** How often each kind of action is taken when the options allow it. */
const ACTION_KIND_WEIGHTS: Record<string, number> = {
  INSPECTION: 30,
  ADVICE: 20,
  NO_ACTION: 6,
  REFERRAL: 6,
  NOTICE_SERVED: 14,
  WARNING: 4,
  SEIZURE: 3,
  ARREST: 3,
  LICENCE_REVIEW: 2,
  LICENCE_SUSPENSION: 1,
  LICENCE_REVOCATION: 0.5,
  CIVIL_ORDER: 1.5,
  PROHIBITION: 1.5,
  CLOSURE_NOTICE: 0.8,
  CLOSURE_ORDER: 0.4,
};

const STREETS = [
  'Alder',
  'Barrow',
  'Cinder',
  'Dovecote',
  'Elmstead',
  'Fennel',
  'Gorse',
  'Harrow',
  'Ivel',
  'Juniper',
  'Kestrel',
  'Larch',
  'Millrace',
  'Nettle',
  'Osier',
  'Pellow',
  'Quarry',
  'Rushmere',
  'Saltings',
  'Tanner',
  'Ulting',
  'Vetch',
  'Wicken',
  'Yarrow',
  'Bramling',
  'Coldharbour',
  'Foundry',
  'Gasworks',
  'Kiln',
  'Ropewalk',
];
const STREET_KINDS = ['Street', 'Road', 'Lane', 'Avenue', 'Terrace', 'Parade', 'Way', 'Close'];
const FIRST_NAMES = [
  'Aldric',
  'Brannagh',
  'Corwen',
  'Delphine',
  'Evander',
  'Fenella',
  'Gideon',
  'Hesper',
  'Idris',
  'Jessamy',
  'Kester',
  'Linnea',
  'Marek',
  'Noor',
  'Orrin',
  'Perpetua',
  'Quillon',
  'Rosalind',
  'Sorrel',
  'Tamsin',
  'Ulric',
  'Vesna',
  'Wystan',
  'Xanthe',
  'Yevgen',
  'Zillah',
];
const SURNAMES = [
  'Ashcombe',
  'Brackenridge',
  'Cattermole',
  'Dunstable',
  'Eskdale',
  'Fairweather',
  'Gillingham',
  'Hollowell',
  'Inchbald',
  'Jellicoe',
  'Kettlewell',
  'Larkworthy',
  'Mothersole',
  'Netherwood',
  'Ottershaw',
  'Pennyfeather',
  'Quenby',
  'Ravenhill',
  'Sandilands',
  'Thistlewood',
  'Underhay',
  'Vauxmoor',
  'Wetherell',
  'Yelverton',
];
const OPERATIONS = [
  'Beacon',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Flint',
  'Granite',
  'Halyard',
  'Iris',
  'Jetty',
  'Kingfisher',
  'Lodestar',
  'Meridian',
  'Nightjar',
  'Onyx',
  'Plover',
  'Quartz',
  'Rowan',
  'Sextant',
  'Tidewater',
  'Umber',
  'Vireo',
  'Wren',
];
const TASK_TITLES = [
  'Check the licence conditions and the premises licence holder',
  'Fire risk assessment and means of escape inspection',
  'Confirm the owner and the landlord from Land Registry',
  'Gather council tax and benefits records for the occupants',
  'Review CCTV from the last visit',
  'Prepare the closure notice application',
  'Book the magistrates court hearing',
  'Safeguarding referral for the children seen at the premises',
  'Write to the landlord about the category 1 hazards',
  'Re-inspect after the compliance deadline',
  'Share the visit findings with the partnership',
  'Check planning history and permitted use',
];

const sqlList = (values: readonly string[]) =>
  `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]`;

interface Counts {
  groups: number;
  premises: number;
  actions: number;
  years: number;
  seed: number;
}

/** The statements, in order: each a label for the log and the SQL. */
function statements(c: Counts, passwordHash: string): [string, string][] {
  const A = BOROUGH_AGENCIES.length;
  const OPA = BOROUGH_OFFICERS_PER_AGENCY;
  const people = Math.max(10, Math.round(c.premises * 1.2));
  const reports = Math.max(5, Math.round(c.premises / 5));
  const districts = Math.max(2, Math.min(20, Math.ceil(c.premises / 8000)));
  const kindTable = PREMISES_MIX.map(
    (m, i) => `(${i}, '${m.kind}', ${m.weight}, '${m.use}', ${m.licensable}, '${m.label}')`,
  ).join(',');
  const kindWeights = Object.entries(ACTION_KIND_WEIGHTS)
    .map(([kind, weight]) => `('${kind}', ${weight})`)
    .join(',');
  // Ids: the agency, officer and user of officer (a, n) are uid('agency', a), uid('officer', (a-1)*OPA+n) and
  // uid('user', (a-1)*OPA+n); the admin and board users are uid('user', 0) and uid('user', -n).
  const officerUser = (agencyExpr: string, nExpr: string) =>
    `pg_temp.uid('user', ((${agencyExpr}) - 1) * ${OPA} + (${nExpr}))`;
  const coordinatorUser = (nExpr: string) => officerUser(String(COORDINATING_AGENCY), nExpr);
  return [
    [
      'helpers',
      `CREATE FUNCTION pg_temp.r(k bigint, salt int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
         $$ SELECT (hashint8extended(k, salt::bigint * 7919 + ${c.seed}) & 2147483647)::float8 / 2147483648.0 $$;
       CREATE FUNCTION pg_temp.pick(arr text[], k bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
         $$ SELECT arr[1 + floor(pg_temp.r(k, salt) * array_length(arr, 1))::int] $$;
       CREATE FUNCTION pg_temp.uid(t text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
         $$ SELECT (substr(md5('${c.seed}:' || t), 1, 8) || lpad(to_hex(i + 1099511627776), 12, '0')
                    || substr(md5('${c.seed}:' || t || ':' || i), 1, 12))::uuid $$;
       -- Today's London midnight: "now" for the whole history, so that the same seed on the same day gives the same rows.
       CREATE FUNCTION pg_temp.anchor() RETURNS timestamptz LANGUAGE sql STABLE AS
         $$ SELECT date_trunc('day', now() AT TIME ZONE 'Europe/London') AT TIME ZONE 'Europe/London' $$;
       CREATE TEMP TABLE gen_window AS
         SELECT pg_temp.anchor() - make_interval(years => ${c.years}) AS start_at, pg_temp.anchor() AS end_at,
                extract(epoch FROM make_interval(years => ${c.years})) AS span,
                (pg_temp.anchor() AT TIME ZONE 'Europe/London')::date AS today`,
    ],
    [
      'agencies, officers and users',
      `INSERT INTO agency (id, name, type, area, email, phone, version)
         SELECT pg_temp.uid('agency', a.n), a.name, a.type, 'Southmere',
                'team' || a.n || '@southmere.example', '01632 961 ' || lpad(a.n::text, 3, '0'), 1
         FROM unnest(${sqlList(BOROUGH_AGENCIES.map((a) => a.name))}, ${sqlList(BOROUGH_AGENCIES.map((a) => a.type))})
              WITH ORDINALITY AS a(name, type, n);
       INSERT INTO officer (id, agency_id, name, job_title, email, phone, active, version)
         SELECT pg_temp.uid('officer', (a - 1) * ${OPA} + n), pg_temp.uid('agency', a),
                pg_temp.pick(${sqlList(FIRST_NAMES)}, (a - 1) * ${OPA} + n, 1) || ' ' ||
                  pg_temp.pick(${sqlList(SURNAMES)}, (a - 1) * ${OPA} + n, 2),
                'Officer', 'officer.' || a || '.' || n || '@southmere.example', NULL, true, 1
         FROM generate_series(1, ${A}) a, generate_series(1, ${OPA}) n;
       INSERT INTO user_account (id, email, display_name, role, agency_id, officer_id, password_hash, version)
         SELECT pg_temp.uid('user', x.i),
                CASE WHEN a = ${COORDINATING_AGENCY} AND n <= ${BOROUGH_COORDINATORS} THEN 'coordinator.' || n
                     WHEN a = ${CSE_TEAM} AND n <= ${BOROUGH_INTELLIGENCE_OFFICERS} THEN 'intelligence.' || n
                     ELSE 'officer.' || a || '.' || n END || '@borough.example',
                o.name,
                CASE WHEN a = ${COORDINATING_AGENCY} AND n <= ${BOROUGH_COORDINATORS} THEN 'COORDINATOR'
                     WHEN a = ${CSE_TEAM} AND n <= ${BOROUGH_INTELLIGENCE_OFFICERS} THEN 'INTELLIGENCE_OFFICER'
                     ELSE 'AGENCY_OFFICER' END,
                pg_temp.uid('agency', a), o.id, '${passwordHash}', 1
         FROM generate_series(1, ${A}) a, generate_series(1, ${OPA}) n
         CROSS JOIN LATERAL (SELECT (a - 1) * ${OPA} + n AS i) x
         JOIN officer o ON o.id = pg_temp.uid('officer', x.i);
       INSERT INTO user_account (id, email, display_name, role, agency_id, password_hash, version)
         SELECT pg_temp.uid('user', -n), CASE WHEN n = 0 THEN '${boroughEmails.admin}' ELSE 'board.' || n || '@borough.example' END,
                CASE WHEN n = 0 THEN 'Borough Administrator' ELSE 'Board member ' || n END,
                CASE WHEN n = 0 THEN 'ADMINISTRATOR' ELSE 'BOARD_MEMBER' END,
                pg_temp.uid('agency', ${COORDINATING_AGENCY}), '${passwordHash}', 1
         FROM generate_series(0, 3) n`,
    ],
    [
      'premises',
      `CREATE TEMP TABLE gen_kind (k int PRIMARY KEY, kind text, weight float8, use text, licensable float8, label text);
       INSERT INTO gen_kind VALUES ${kindTable};
       CREATE TEMP TABLE gen_kind_slot AS
         SELECT s AS slot, k FROM (
           SELECT k, floor(1000 * (sum(weight) OVER (ORDER BY k) - weight) / sum(weight) OVER ())::int AS lo,
                  floor(1000 * sum(weight) OVER (ORDER BY k) / sum(weight) OVER ())::int AS hi FROM gen_kind) w,
           generate_series(lo, hi - 1) s;
       CREATE TEMP TABLE gen_premises AS
         SELECT i, pg_temp.uid('premises', i) AS id, gk.kind, gk.use,
                (gk.licensable > 0 AND pg_temp.r(i, 12) < gk.licensable) AS licensable, gk.label,
                w.start_at + make_interval(secs => w.span * 0.98 * (i - 1) / ${c.premises} + pg_temp.r(i, 13) * 86400) AS created_at
         FROM generate_series(1, ${c.premises}) i
         CROSS JOIN gen_window w
         JOIN gen_kind_slot ks ON ks.slot = floor(pg_temp.r(i, 11) * 1000)::int
         JOIN gen_kind gk ON gk.k = ks.k;
       ALTER TABLE gen_premises ADD PRIMARY KEY (i);
       CREATE TEMP TABLE gen_combo AS
         SELECT row_number() OVER (ORDER BY kind, use, licensable)::int AS combo, kind, use, licensable
         FROM (SELECT DISTINCT kind, use, licensable FROM gen_premises) d;
       ALTER TABLE gen_premises ADD COLUMN combo int;
       UPDATE gen_premises p SET combo = c.combo FROM gen_combo c
         WHERE c.kind = p.kind AND c.use = p.use AND c.licensable = p.licensable;
       ANALYZE gen_premises;
       ALTER TABLE premises DISABLE TRIGGER premises_status_history;
       INSERT INTO premises (id, name, address_line1, address_line2, town, postcode, uprn, kind, use, status,
                             licensable_activity, concern_summary, version, created_at, updated_at)
         SELECT p.id,
                CASE WHEN p.label = '' THEN x.line1
                     ELSE pg_temp.pick(${sqlList(STREETS)}, p.i, 21) || ' ' || p.label END,
                x.line1, CASE WHEN p.kind IN ('HMO', 'RESIDENTIAL_PROPERTY') AND pg_temp.r(p.i, 22) < 0.3
                              THEN 'Flat ' || (1 + floor(pg_temp.r(p.i, 23) * 6)::int) END,
                'Southmere',
                'NB' || (1 + floor(pg_temp.r(p.i, 24) * ${districts})::int) || ' ' ||
                  floor(pg_temp.r(p.i, 25) * 10)::int ||
                  substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(pg_temp.r(p.i, 26) * 20)::int, 1) ||
                  substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(pg_temp.r(p.i, 27) * 20)::int, 1),
                CASE WHEN pg_temp.r(p.i, 28) < 0.6 THEN (990000000000 + p.i)::text END,
                p.kind, p.use, 'OF_CONCERN', p.licensable,
                pg_temp.pick(ARRAY['Children seen going in late at night with older men',
                  'Reports of young people staying overnight', 'Taxis dropping off girls in school uniform',
                  'Concerns raised by a youth worker about parties', 'Rooms let by the hour',
                  'Alcohol supplied to under-18s', 'Beds seen in a back office'], p.i, 29),
                1, p.created_at, p.created_at
         FROM gen_premises p
         CROSS JOIN LATERAL (SELECT (1 + floor(pg_temp.r(p.i, 20) * 240)::int) || ' ' ||
                pg_temp.pick(${sqlList(STREETS)}, p.i, 30) || ' ' || pg_temp.pick(${sqlList(STREET_KINDS)}, p.i, 31) AS line1) x`,
    ],
    [
      'people, vehicles, businesses and links',
      `INSERT INTO person (id, full_name, nicknames, date_of_birth, notes, version)
         SELECT pg_temp.uid('person', j),
                pg_temp.pick(${sqlList(FIRST_NAMES)}, j, 40) || ' ' || pg_temp.pick(${sqlList(SURNAMES)}, j, 41),
                CASE WHEN pg_temp.r(j, 42) < 0.2 THEN ARRAY[pg_temp.pick(ARRAY['Smiley','Boss','Uncle','Tiny','Ace','Red'], j, 43)] ELSE '{}' END,
                CASE WHEN pg_temp.r(j, 44) < 0.7 THEN date '1960-01-01' + floor(pg_temp.r(j, 45) * 15000)::int END,
                '', 1
         FROM generate_series(1, ${people}) j;
       INSERT INTO premises_person (premises_id, person_id, role, created_at)
         SELECT p.id, pg_temp.uid('person', 1 + floor(pg_temp.r(p.i * 4 + l, 46) * ${people})::int),
                CASE WHEN l = 0 THEN CASE WHEN p.use IN ('TRADE') THEN 'OWNER' WHEN p.kind IN ('HMO', 'RESIDENTIAL_PROPERTY') THEN 'LANDLORD' ELSE 'MANAGER' END
                     ELSE pg_temp.pick(ARRAY['MANAGER','EMPLOYEE','TENANT','ASSOCIATE','VISITOR','LICENCE_HOLDER'], p.i * 4 + l, 47) END,
                p.created_at
         FROM gen_premises p, generate_series(0, 2) l
         WHERE l = 0 OR pg_temp.r(p.i * 4 + l, 48) < 0.3
         ON CONFLICT DO NOTHING;
       INSERT INTO vehicle (id, registration, make, model, colour)
         SELECT pg_temp.uid('vehicle', v), 'SM' || lpad(v::text, 6, '0'),
                pg_temp.pick(ARRAY['Vauxhall','Ford','Toyota','BMW','Volkswagen','Skoda'], v, 50),
                pg_temp.pick(ARRAY['Saloon','Hatchback','Estate','Van'], v, 51),
                pg_temp.pick(ARRAY['Black','Silver','White','Blue','Red','Grey'], v, 52)
         FROM generate_series(1, ${Math.max(1, Math.round(c.premises / 10))}) v;
       INSERT INTO premises_vehicle (premises_id, vehicle_id, notes)
         SELECT pg_temp.uid('premises', 1 + floor(pg_temp.r(v, 53) * ${c.premises})::int), pg_temp.uid('vehicle', v), 'Seen parked outside'
         FROM generate_series(1, ${Math.max(1, Math.round(c.premises / 10))}) v
         ON CONFLICT DO NOTHING;
       INSERT INTO business (id, name, company_number)
         SELECT pg_temp.uid('business', b), pg_temp.pick(${sqlList(SURNAMES)}, b, 54) || ' ' ||
                pg_temp.pick(ARRAY['Holdings Ltd','Trading Ltd','Lettings Ltd','Foods Ltd','Property Ltd'], b, 55),
                CASE WHEN pg_temp.r(b, 56) < 0.7 THEN lpad((10000000 + b)::text, 8, '0') END
         FROM generate_series(1, ${Math.max(1, Math.round(c.premises / 10))}) b;
       INSERT INTO premises_business (premises_id, business_id, relationship)
         SELECT pg_temp.uid('premises', 1 + floor(pg_temp.r(b, 57) * ${c.premises})::int), pg_temp.uid('business', b),
                pg_temp.pick(ARRAY['Operator','Owner','Managing agent'], b, 58)
         FROM generate_series(1, ${Math.max(1, Math.round(c.premises / 10))}) b
         ON CONFLICT DO NOTHING;
       INSERT INTO premises_agency (premises_id, agency_id, created_at)
         SELECT p.id, pg_temp.uid('agency', 1 + floor(pg_temp.r(p.i * 3 + l, 60) * ${A})::int), p.created_at
         FROM gen_premises p, generate_series(0, 1) l
         WHERE l = 0 OR pg_temp.r(p.i * 3 + l, 61) < 0.4
         ON CONFLICT DO NOTHING`,
    ],
    [
      'task and finish groups',
      // A group's life: tasking 2 weeks, planning a month, active 2-3 months, closure a month, then monitoring for
      // 6-12 months (or closed straight away); 1 in 10 closes at tasking (no further action).
      `CREATE TEMP TABLE gen_group AS
         SELECT g, pg_temp.uid('group', g) AS id, formed,
                least(1.0, extract(epoch FROM formed - w.start_at) / w.span) AS frac,
                formed + interval '14 days' AS planning_at,
                formed + interval '45 days' AS active_at,
                formed + make_interval(days => 110 + floor(pg_temp.r(g, 71) * 40)::int) AS closure_at,
                formed + make_interval(days => 150 + floor(pg_temp.r(g, 71) * 40)::int) AS after_closure_at,
                g <= ${c.groups - 12} AND pg_temp.r(g, 72) < 0.1 AS ends_at_tasking,
                g <= ${c.groups - 12} AND pg_temp.r(g, 73) < 0.25 AS closes_without_monitoring,
                make_interval(days => 180 + floor(pg_temp.r(g, 74) * 185)::int) AS monitoring_for,
                1 + floor(pg_temp.r(g, 75) * ${A})::int AS lead,
                1 + floor(pg_temp.r(g, 76) * ${BOROUGH_COORDINATORS})::int AS coordinator
         FROM generate_series(1, ${c.groups}) g
         CROSS JOIN gen_window w
         CROSS JOIN LATERAL (SELECT CASE
             -- the last twelve groups were formed a month apart over the last year, so every stage is there
             WHEN g > ${c.groups - 12} THEN greatest(w.start_at + interval '1 day', pg_temp.anchor() - make_interval(days => 5 + 30 * (${c.groups} - g)::int))
             -- more groups in recent years: the partnership grows
             ELSE w.start_at + make_interval(secs => w.span * (0.02 + 0.98 * sqrt(pg_temp.r(g, 70)))) END AS formed) f;
       ALTER TABLE gen_group ADD PRIMARY KEY (g);
       ALTER TABLE gen_group ADD COLUMN stage text, ADD COLUMN closed_at timestamptz, ADD COLUMN stage_at timestamptz;
       UPDATE gen_group SET (stage, stage_at, closed_at) = (
         SELECT s.stage, s.at, CASE WHEN s.stage = 'CLOSED' THEN s.at END FROM (
           SELECT CASE
             WHEN ends_at_tasking AND planning_at <= pg_temp.anchor() THEN 'CLOSED'
             WHEN planning_at > pg_temp.anchor() THEN 'TASKING'
             WHEN active_at > pg_temp.anchor() THEN 'PLANNING'
             WHEN closure_at > pg_temp.anchor() THEN 'ACTIVE'
             WHEN after_closure_at > pg_temp.anchor() THEN 'CLOSURE'
             WHEN closes_without_monitoring THEN 'CLOSED'
             WHEN after_closure_at + monitoring_for > pg_temp.anchor() THEN 'MONITORING'
             ELSE 'CLOSED' END AS stage,
           CASE
             WHEN ends_at_tasking AND planning_at <= pg_temp.anchor() THEN planning_at
             WHEN planning_at > pg_temp.anchor() THEN formed
             WHEN active_at > pg_temp.anchor() THEN planning_at
             WHEN closure_at > pg_temp.anchor() THEN active_at
             WHEN after_closure_at > pg_temp.anchor() THEN closure_at
             WHEN closes_without_monitoring THEN after_closure_at
             WHEN after_closure_at + monitoring_for > pg_temp.anchor() THEN after_closure_at
             ELSE after_closure_at + monitoring_for END AS at) s);
       CREATE TEMP TABLE gen_group_premises AS
         SELECT DISTINCT ON (g.g, pi) g.g, g.id AS group_id, pi AS premises_i, pg_temp.uid('premises', pi) AS premises_id, n
         FROM gen_group g, generate_series(0, 3) n
         CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.r(g.g * 4 + n, 77) * g.frac * ${c.premises})::int AS pi) x
         WHERE n = 0 OR pg_temp.r(g.g * 4 + n, 78) < 0.35
         ORDER BY g.g, pi, n;
       CREATE INDEX ON gen_group_premises (g);
       CREATE TEMP TABLE gen_group_agency AS
         SELECT DISTINCT ON (g.g, a) g.g, g.id AS group_id, a, n
         FROM gen_group g, generate_series(0, 4) n
         CROSS JOIN LATERAL (SELECT CASE WHEN n = 0 THEN g.lead ELSE 1 + floor(pg_temp.r(g.g * 5 + n, 79) * ${A})::int END AS a) x
         WHERE n <= 1 OR pg_temp.r(g.g * 5 + n, 80) < 0.5
         ORDER BY g.g, a, n;
       CREATE INDEX ON gen_group_agency (g);
       ANALYZE gen_group; ANALYZE gen_group_premises; ANALYZE gen_group_agency;
       INSERT INTO task_and_finish_group (id, name, objective, terms_of_reference, stage, lead_agency_id, coordinator_user_id,
                                          closure_summary, review_schedule, monitoring_ends_on, closed_at, created_by_user_id,
                                          version, created_at, updated_at)
         SELECT g.id, 'Operation ' || pg_temp.pick(${sqlList(OPERATIONS)}, g.g, 81) || ' ' || g.g,
                pg_temp.pick(ARRAY['Stop children being exploited at the premises and close it if needed',
                  'Disrupt the use of the premises for exploitation and safeguard the young people seen there',
                  'Bring the premises into compliance and remove the people of concern'], g.g, 82),
                'Meet weekly; every agency reports its actions to the coordinator.', g.stage,
                pg_temp.uid('agency', g.lead), ${coordinatorUser('g.coordinator')},
                CASE WHEN g.stage IN ('CLOSURE', 'MONITORING', 'CLOSED') THEN
                  CASE WHEN g.ends_at_tasking THEN 'No further action: the concerns were not substantiated.'
                       ELSE 'Premises disrupted; owner engaged; children safeguarded.' END END,
                CASE WHEN g.stage = 'MONITORING' OR (g.stage = 'CLOSED' AND NOT g.closes_without_monitoring AND NOT g.ends_at_tasking)
                     THEN pg_temp.pick(ARRAY['WEEKLY','FORTNIGHTLY','MONTHLY','QUARTERLY'], g.g, 83) END,
                CASE WHEN g.stage = 'MONITORING' OR (g.stage = 'CLOSED' AND NOT g.closes_without_monitoring AND NOT g.ends_at_tasking)
                     THEN ((g.after_closure_at + g.monitoring_for) AT TIME ZONE 'Europe/London')::date END,
                g.closed_at, ${coordinatorUser('g.coordinator')}, 1 + (g.stage <> 'TASKING')::int, g.formed, g.stage_at
         FROM gen_group g;
       INSERT INTO group_premises (group_id, premises_id, created_at)
         SELECT gp.group_id, gp.premises_id, g.formed FROM gen_group_premises gp JOIN gen_group g USING (g);
       INSERT INTO group_agency (group_id, agency_id, created_at)
         SELECT ga.group_id, pg_temp.uid('agency', ga.a), g.formed FROM gen_group_agency ga JOIN gen_group g USING (g);
       INSERT INTO group_officer (group_id, officer_id, created_at)
         SELECT ga.group_id, pg_temp.uid('officer', (ga.a - 1) * ${OPA} + 1 + floor(pg_temp.r(ga.g * 16 + ga.a, 84) * ${OPA})::int), g.formed
         FROM gen_group_agency ga JOIN gen_group g USING (g)
         ON CONFLICT DO NOTHING;
       INSERT INTO group_event (group_id, occurred_at, user_id, kind, summary)
         SELECT g.id, e.at, ${coordinatorUser('g.coordinator')}, e.kind, e.summary
         FROM gen_group g
         CROSS JOIN LATERAL (VALUES
           (g.formed, 'GROUP_FORMED', 'Group formed', true),
           (g.planning_at, 'STAGE_CHANGED', 'Stage changed to Planning', NOT g.ends_at_tasking),
           (g.active_at, 'STAGE_CHANGED', 'Stage changed to Active', NOT g.ends_at_tasking),
           (g.closure_at, 'STAGE_CHANGED', 'Stage changed to Closure', NOT g.ends_at_tasking),
           (g.after_closure_at, 'STAGE_CHANGED', 'Stage changed to Monitoring', NOT g.ends_at_tasking AND NOT g.closes_without_monitoring),
           (g.closed_at, 'STAGE_CHANGED', 'Stage changed to Closed', g.closed_at IS NOT NULL)) e(at, kind, summary, happened)
         WHERE e.happened AND e.at <= pg_temp.anchor()`,
    ],
    [
      'tasks',
      `INSERT INTO task (id, group_id, title, details, owner_agency_id, owner_officer_id, due_on, priority, status,
                         completed_at, created_by_user_id, version, created_at, updated_at, premises_id)
         SELECT pg_temp.uid('task', g.g * 8 + n), g.id, pg_temp.pick(${sqlList(TASK_TITLES)}, g.g * 8 + n, 90), '',
                pg_temp.uid('agency', ga.a),
                CASE WHEN pg_temp.r(g.g * 8 + n, 91) < 0.7 THEN pg_temp.uid('officer', (ga.a - 1) * ${OPA} + 1 + floor(pg_temp.r(g.g * 8 + n, 92) * ${OPA})::int) END,
                due, pg_temp.pick(ARRAY['LOW','MEDIUM','MEDIUM','HIGH','URGENT'], g.g * 8 + n, 93), st.status,
                CASE WHEN st.status IN ('DONE', 'CANCELLED') THEN least(pg_temp.anchor(), due + interval '12 hours') END,
                ${coordinatorUser('g.coordinator')}, 1, g.formed + make_interval(days => n), g.formed + make_interval(days => n),
                (SELECT gp.premises_id FROM gen_group_premises gp WHERE gp.g = g.g ORDER BY gp.n LIMIT 1)
         FROM gen_group g, generate_series(0, 7) n
         CROSS JOIN LATERAL (SELECT ga.a FROM gen_group_agency ga WHERE ga.g = g.g ORDER BY pg_temp.r(g.g * 8 + n + ga.a, 94) LIMIT 1) ga
         CROSS JOIN LATERAL (SELECT ((g.formed + make_interval(days => 7 + n * 12 + floor(pg_temp.r(g.g * 8 + n, 95) * 10)::int)) AT TIME ZONE 'Europe/London')::date AS due) d
         CROSS JOIN LATERAL (SELECT CASE
             WHEN g.stage IN ('CLOSED', 'MONITORING') THEN CASE WHEN pg_temp.r(g.g * 8 + n, 96) < 0.9 THEN 'DONE' ELSE 'CANCELLED' END
             WHEN d.due < current_date - 30 THEN pg_temp.pick(ARRAY['DONE','DONE','DONE','IN_PROGRESS','BLOCKED','OPEN'], g.g * 8 + n, 97)
             ELSE pg_temp.pick(ARRAY['OPEN','OPEN','IN_PROGRESS','DONE','BLOCKED'], g.g * 8 + n, 97) END AS status) st
         WHERE n < 2 + floor(pg_temp.r(g.g, 98) * 6) AND g.formed + make_interval(days => n) <= pg_temp.anchor()`,
    ],
    [
      'visit plans',
      `CREATE TEMP TABLE gen_plan AS
         SELECT pg_temp.uid('plan', g.g * 4 + n) AS id, g.g, g.id AS group_id, n, starts_at,
                (SELECT gp.premises_id FROM gen_group_premises gp WHERE gp.g = g.g ORDER BY pg_temp.r(g.g * 4 + n + gp.premises_i, 101) LIMIT 1) AS premises_id,
                CASE WHEN starts_at > pg_temp.anchor() THEN CASE WHEN pg_temp.r(g.g * 4 + n, 102) < 0.5 THEN 'DRAFT' ELSE 'READY' END
                     WHEN pg_temp.r(g.g * 4 + n, 102) < 0.08 THEN 'CANCELLED' ELSE 'COMPLETED' END AS status,
                pg_temp.r(g.g * 4 + n, 103) < 0.12 AS refused,
                g.coordinator
         FROM gen_group g, generate_series(0, 3) n
         CROSS JOIN LATERAL (SELECT date_trunc('day', g.planning_at + make_interval(days => 10 + n * 21 + floor(pg_temp.r(g.g * 4 + n, 100) * 7)::int))
                                    + interval '20 hours' + make_interval(mins => 15 * floor(pg_temp.r(g.g * 4 + n, 104) * 8)::int) AS starts_at) s
         WHERE NOT g.ends_at_tasking AND g.planning_at <= pg_temp.anchor()
           AND n < 1 + floor(pg_temp.r(g.g, 105) * 4)
           AND s.starts_at < g.after_closure_at
           AND s.starts_at < pg_temp.anchor() + interval '60 days';
       ALTER TABLE gen_plan ADD PRIMARY KEY (id);
       ANALYZE gen_plan;
       INSERT INTO visit_plan (id, group_id, premises_id, starts_at, ends_at, rendezvous_point, risk_level, risk_assessment,
                               briefing_notes, status, created_by_user_id, version, created_at, updated_at)
         SELECT p.id, p.group_id, p.premises_id, p.starts_at, p.starts_at + interval '2 hours',
                'Car park behind the ' || pg_temp.pick(${sqlList(STREETS)}, p.g * 4 + p.n, 106) || ' Road leisure centre',
                pg_temp.pick(ARRAY['LOW','MEDIUM','MEDIUM','HIGH'], p.g * 4 + p.n, 107),
                'Dogs on the premises; occupants may be hostile.', 'Enter together; police lead at the door.',
                p.status, ${coordinatorUser('p.coordinator')}, 1 + (p.status <> 'DRAFT')::int,
                p.starts_at - interval '10 days', least(pg_temp.anchor(), p.starts_at + interval '3 hours')
         FROM gen_plan p;
       CREATE TEMP TABLE gen_plan_agency AS
         SELECT p.id AS plan_id, p.g, p.n, ga.a, row_number() OVER (PARTITION BY p.id ORDER BY ga.n) AS k
         FROM gen_plan p JOIN gen_group_agency ga ON ga.g = p.g
         WHERE ga.n <= 1 OR pg_temp.r(p.g * 4 + p.n + ga.a, 108) < 0.6;
       INSERT INTO visit_agency (visit_plan_id, agency_id, enters_premises, created_at)
         SELECT pa.plan_id, pg_temp.uid('agency', pa.a), pg_temp.r(pa.g * 4 + pa.n + pa.a, 109) < 0.85, p.starts_at - interval '10 days'
         FROM gen_plan_agency pa JOIN gen_plan p ON p.id = pa.plan_id;
       INSERT INTO visit_officer (visit_plan_id, officer_id, agency_id, response, responded_at, created_at)
         SELECT pa.plan_id, pg_temp.uid('officer', (pa.a - 1) * ${OPA} + 1 + floor(pg_temp.r(pa.g * 64 + pa.n * 16 + pa.a * 2 + m, 110) * ${OPA})::int),
                pg_temp.uid('agency', pa.a),
                CASE WHEN p.status = 'DRAFT' THEN 'PENDING'
                     WHEN pg_temp.r(pa.g * 64 + pa.n * 16 + pa.a * 2 + m, 111) < 0.12 THEN 'DECLINED'
                     WHEN p.status = 'READY' AND pg_temp.r(pa.g * 64 + pa.n * 16 + pa.a * 2 + m, 112) < 0.4 THEN 'PENDING'
                     ELSE 'CONFIRMED' END,
                CASE WHEN p.status <> 'DRAFT' THEN p.starts_at - interval '5 days' END, p.starts_at - interval '10 days'
         FROM gen_plan_agency pa JOIN gen_plan p ON p.id = pa.plan_id, generate_series(0, 1) m
         WHERE m = 0 OR pg_temp.r(pa.g * 64 + pa.n * 16 + pa.a * 2 + m, 113) < 0.3
         ON CONFLICT DO NOTHING`,
    ],
    [
      'powers catalogue options',
      // What each agency can do at each kind of premises: every power it holds that reaches the premises and is in
      // force over the whole window (power.rules whyPowerDoesNotReach), plus advice, referral and no action.
      `CREATE TEMP TABLE gen_option AS
         SELECT row_number() OVER (ORDER BY c.combo, a.n, o.kind, o.power_code NULLS FIRST)::int AS option, c.combo, a.n AS a, o.kind, o.power_id,
                o.min_duration, o.max_duration, o.min_compliance_period, o.entry,
                kw.weight / count(*) OVER (PARTITION BY c.combo, a.n, o.kind) AS weight
         FROM gen_combo c
         CROSS JOIN unnest(${sqlList(BOROUGH_AGENCIES.map((a) => a.type))}) WITH ORDINALITY a(type, n)
         CROSS JOIN LATERAL (
           SELECT k.kind, NULL::uuid AS power_id, NULL::varchar AS power_code, NULL::varchar AS min_duration, NULL::varchar AS max_duration,
                  NULL::varchar AS min_compliance_period, NULL::varchar AS entry
           FROM unnest(ARRAY['ADVICE','REFERRAL','NO_ACTION']) k(kind)
           UNION ALL
           SELECT k.kind, p.id, p.code, p.min_duration, p.max_duration, p.min_compliance_period, p.entry
           FROM power p
           CROSS JOIN gen_window w
           CROSS JOIN LATERAL unnest(CASE p.category
               WHEN 'ENTRY_INSPECTION' THEN ARRAY['INSPECTION']
               WHEN 'OBSERVATION_ONLY' THEN ARRAY['INSPECTION']
               WHEN 'NOTICE' THEN CASE WHEN p.code LIKE '%warning%' THEN ARRAY['WARNING'] ELSE ARRAY['NOTICE_SERVED', 'WARNING'] END
               WHEN 'INFORMATION_REQUEST' THEN ARRAY['NOTICE_SERVED']
               WHEN 'PROHIBITION_CLOSURE' THEN CASE WHEN p.code LIKE '%closure-order%' THEN ARRAY['CLOSURE_ORDER']
                                                    WHEN p.code LIKE '%closure-notice%' THEN ARRAY['CLOSURE_NOTICE'] ELSE ARRAY['PROHIBITION'] END
               WHEN 'LICENCE_ACTION' THEN CASE WHEN p.code LIKE '%suspension-revocation%' THEN ARRAY['LICENCE_SUSPENSION', 'LICENCE_REVOCATION']
                                               ELSE ARRAY['LICENCE_REVIEW'] END
               WHEN 'CIVIL_ORDER' THEN ARRAY['CIVIL_ORDER']
               WHEN 'SEIZURE' THEN ARRAY['SEIZURE']
               WHEN 'PROSECUTION' THEN CASE WHEN p.code LIKE '%arrest%' THEN ARRAY['ARREST'] ELSE ARRAY[]::text[] END
               ELSE ARRAY[]::text[] END) k(kind)
           WHERE a.type = ANY(p.holder_agency_types)
             AND p.effective_from <= (w.start_at AT TIME ZONE 'Europe/London')::date
             AND (p.effective_to IS NULL OR p.effective_to >= w.today)
             AND (p.premises_kinds IS NULL OR c.kind = ANY(p.premises_kinds))
             AND NOT ('NOT_DWELLING' = ANY(p.conditions) AND c.use = 'DWELLING')
             AND NOT ('RESIDENTIAL_USE' = ANY(p.conditions) AND c.use IN ('TRADE', 'NEITHER') AND c.kind <> 'EMPTY_DWELLING')
             AND NOT ('TRADE_PREMISES' = ANY(p.conditions) AND c.use IN ('DWELLING', 'NEITHER'))
             AND NOT ('LICENSABLE_ACTIVITY' = ANY(p.conditions) AND NOT c.licensable)
         ) o
         JOIN (VALUES ${kindWeights}) kw(kind, weight) ON kw.kind = o.kind;
       ALTER TABLE gen_option ADD PRIMARY KEY (option);
       CREATE TEMP TABLE gen_option_slot AS
         SELECT combo, s AS slot, option FROM (
           SELECT combo, option, floor(1000 * (sum(weight) OVER w - weight) / sum(weight) OVER (PARTITION BY combo))::int AS lo,
                  floor(1000 * sum(weight) OVER w / sum(weight) OVER (PARTITION BY combo))::int AS hi
           FROM gen_option WINDOW w AS (PARTITION BY combo ORDER BY option)) x, generate_series(lo, hi - 1) s;
       ALTER TABLE gen_option_slot ADD PRIMARY KEY (combo, slot);
       CREATE TEMP TABLE gen_agency_option_slot AS
         SELECT combo, a, s AS slot, option FROM (
           SELECT combo, a, option, floor(100 * (sum(weight) OVER w - weight) / sum(weight) OVER (PARTITION BY combo, a))::int AS lo,
                  floor(100 * sum(weight) OVER w / sum(weight) OVER (PARTITION BY combo, a))::int AS hi
           FROM gen_option WHERE kind <> 'NO_ACTION' WINDOW w AS (PARTITION BY combo, a ORDER BY option)) x, generate_series(lo, hi - 1) s;
       ALTER TABLE gen_agency_option_slot ADD PRIMARY KEY (combo, a, slot);
       INSERT INTO visit_power (visit_plan_id, agency_id, power_id, purpose, created_at)
         SELECT DISTINCT ON (pa.plan_id, pa.a) pa.plan_id, pg_temp.uid('agency', pa.a), o.power_id, 'Entry and inspection', p.starts_at - interval '9 days'
         FROM gen_plan_agency pa JOIN gen_plan p ON p.id = pa.plan_id
         JOIN gen_premises gp ON gp.id = p.premises_id
         JOIN gen_option o ON o.combo = gp.combo AND o.a = pa.a AND o.kind = 'INSPECTION'
         ORDER BY pa.plan_id, pa.a, pg_temp.r(pa.g * 4 + pa.n + o.option, 114)`,
    ],
    [
      'visit records',
      `INSERT INTO visit_record (id, premises_id, visit_plan_id, started_at, ended_at, observations, number_of_occupants, notes,
                                 recorded_by_user_id, version, created_at, updated_at)
         SELECT pg_temp.uid('record', p.g * 4 + p.n), p.premises_id, p.id, p.starts_at + interval '10 minutes',
                p.starts_at + interval '100 minutes',
                CASE WHEN p.refused THEN '{}'::text[] ELSE ARRAY(
                  SELECT o FROM unnest(ARRAY['CCTV_PRESENT','CCTV_NOT_WORKING','CHILDREN_PRESENT','BEDS_IN_OFFICES','BLOCKED_FIRE_ESCAPES',
                    'UNHYGIENIC_FOOD','UNSAFE_ELECTRICS','LICENCE_NOT_DISPLAYED','LICENCE_BREACHED','UNSAFE_OR_COUNTERFEIT_GOODS',
                    'SIGNS_OF_ILLEGAL_ACTIVITY']) WITH ORDINALITY u(o, k) WHERE pg_temp.r(p.g * 64 + p.n * 16 + u.k, 120) < 0.2) END,
                CASE WHEN NOT p.refused THEN floor(pg_temp.r(p.g * 4 + p.n, 121) * 9)::int END,
                CASE WHEN p.refused THEN 'Entry refused: nobody would open the door; officers observed from outside.'
                     ELSE 'Joint visit carried out as planned.' END,
                ${coordinatorUser('p.coordinator')}, 1, p.starts_at + interval '3 hours', p.starts_at + interval '3 hours'
         FROM gen_plan p WHERE p.status = 'COMPLETED';
       INSERT INTO visit_record_attendance (visit_record_id, officer_id, agency_id, created_at)
         SELECT pg_temp.uid('record', p.g * 4 + p.n), vo.officer_id, vo.agency_id, p.starts_at + interval '3 hours'
         FROM gen_plan p JOIN visit_officer vo ON vo.visit_plan_id = p.id
         WHERE p.status = 'COMPLETED' AND vo.response = 'CONFIRMED';
       INSERT INTO visit_record_person (visit_record_id, person_id, role, created_at)
         SELECT DISTINCT ON (p.id, pp.person_id) pg_temp.uid('record', p.g * 4 + p.n), pp.person_id, pp.role, p.starts_at + interval '3 hours'
         FROM gen_plan p JOIN premises_person pp ON pp.premises_id = p.premises_id
         WHERE p.status = 'COMPLETED' AND NOT p.refused AND pg_temp.r(p.g * 4 + p.n, 122) < 0.5`,
    ],
    [
      'enforcement actions at planned visits',
      `CREATE TEMP TABLE gen_action AS
         SELECT -(pa.g * 64 + pa.n * 16 + pa.k * 2 + m) AS n, pg_temp.uid('action', -(pa.g * 64 + pa.n * 16 + pa.k * 2 + m)) AS id, p.premises_id, p.id AS visit_plan_id, pa.a,
                CASE WHEN p.refused THEN (SELECT o.option FROM gen_option o WHERE o.combo = gp.combo AND o.a = pa.a AND o.kind = 'NO_ACTION')
                     ELSE s.option END AS option,
                (p.starts_at AT TIME ZONE 'Europe/London')::date AS taken_on, p.refused,
                (pa.g * 64 + pa.n * 16 + pa.k * 2 + m)::bigint AS h, p.g
         FROM gen_plan_agency pa JOIN gen_plan p ON p.id = pa.plan_id
         JOIN gen_premises gp ON gp.id = p.premises_id
         CROSS JOIN generate_series(0, 1) m
         JOIN gen_agency_option_slot s ON s.combo = gp.combo AND s.a = pa.a
              AND s.slot = floor(pg_temp.r(pa.g * 64 + pa.n * 16 + pa.k * 2 + m, 130) * 100)::int
         WHERE p.status = 'COMPLETED' AND (m = 0 OR (NOT p.refused AND pg_temp.r(pa.g * 64 + pa.n * 16 + pa.k * 2 + m, 131) < 0.5))`,
    ],
    [
      'enforcement actions outside visits',
      // The rest of the actions: routine inspections, advice and notices by single agencies, over every premises that
      // existed at the time (older premises gather more history, as they do).
      `INSERT INTO gen_action (n, id, premises_id, visit_plan_id, a, option, taken_on, refused, h, g)
         SELECT k, pg_temp.uid('action', k), gp.id, NULL, o.a, o.option, x.taken_on, false, k, NULL
         FROM generate_series(1, greatest(0, ${c.actions} - (SELECT count(*) FROM gen_action))) k
         CROSS JOIN gen_window w
         CROSS JOIN LATERAL (SELECT pg_temp.r(k, 140) AS frac) f
         CROSS JOIN LATERAL (SELECT ((w.start_at + make_interval(secs => w.span * f.frac)) AT TIME ZONE 'Europe/London')::date AS taken_on,
                                    1 + floor(pg_temp.r(k, 141) * greatest(1, f.frac * ${c.premises}))::int AS pi) x
         JOIN gen_premises gp ON gp.i = x.pi
         JOIN gen_option_slot s ON s.combo = gp.combo AND s.slot = floor(pg_temp.r(k, 142) * 1000)::int
         JOIN gen_option o ON o.option = s.option;
       ALTER TABLE gen_action ADD PRIMARY KEY (id);
       ANALYZE gen_action`,
    ],
    [
      'enforcement actions: writing',
      `CREATE TEMP TABLE gen_action_row AS
         SELECT ga.n, ga.id, ga.premises_id, ga.visit_plan_id, pg_temp.uid('agency', ga.a) AS agency_id, o.power_id,
                CASE WHEN o.kind = 'CIVIL_ORDER' THEN (SELECT pp.person_id FROM premises_person pp WHERE pp.premises_id = ga.premises_id
                  AND pp.role IN ('OWNER', 'MANAGER', 'LANDLORD') ORDER BY pp.person_id LIMIT 1) END AS person_id,
                o.kind, ga.taken_on,
                CASE WHEN ga.refused THEN 'Entry refused; nothing could be done on the day.'
                     ELSE pg_temp.pick(ARRAY['Spoke to the manager and explained what must change.',
                       'Inspected the premises with the manager present.', 'Served on the person in charge.',
                       'Found the issues noted in the visit record.', 'Followed up the concerns raised by partners.'], ga.h, 150) END AS details,
                d.compliance_deadline, d.ends_on, d.indefinite, d.court_date, NULL::date AS review_on,
                st.status,
                ${officerUser('ga.a', `1 + floor(pg_temp.r(ga.h, 151) * ${OPA})::int`)} AS recorded_by_user_id, false AS recorded_on_behalf,
                1 + (st.status <> 'SERVED')::int AS version, (ga.taken_on + time '22:30')::timestamptz AS created_at,
                (ga.taken_on + time '22:30' + coalesce(st.after, interval '0'))::timestamptz AS updated_at
         FROM gen_action ga JOIN gen_option o ON o.option = ga.option
         CROSS JOIN gen_window w
         CROSS JOIN LATERAL (SELECT
             CASE WHEN o.kind = 'NOTICE_SERVED' THEN ga.taken_on + coalesce(o.min_compliance_period, 'P28D')::interval
                                                     + make_interval(days => floor(pg_temp.r(ga.h, 152) * 14)::int) END::date AS compliance_deadline,
             CASE WHEN o.max_duration IS NOT NULL THEN (ga.taken_on + o.max_duration::interval)::date
                  WHEN o.min_duration IS NOT NULL AND pg_temp.r(ga.h, 153) < 0.6 THEN (ga.taken_on + o.min_duration::interval + interval '1 year')::date END AS ends_on,
             o.min_duration IS NOT NULL AND o.max_duration IS NULL AND pg_temp.r(ga.h, 153) >= 0.6 AS indefinite,
             CASE WHEN o.kind IN ('CLOSURE_NOTICE', 'CIVIL_ORDER') THEN ga.taken_on + 2 END AS court_date) d
         CROSS JOIN LATERAL (SELECT s.status, CASE WHEN s.status <> 'SERVED' THEN make_interval(days => s.after_days) END AS after FROM (
           SELECT CASE
             WHEN d.ends_on IS NOT NULL AND d.ends_on < w.today THEN 'EXPIRED'
             WHEN ga.taken_on > w.today - 30 OR o.kind IN ('ADVICE', 'NO_ACTION', 'REFERRAL', 'INSPECTION', 'ARREST') THEN 'SERVED'
             ELSE pg_temp.pick(ARRAY['COMPLIED','COMPLIED','COMPLIED','COMPLIED','SERVED','BREACHED','APPEALED','WITHDRAWN'], ga.h, 154) END AS status,
             least(w.today - ga.taken_on, CASE WHEN d.ends_on IS NOT NULL AND d.ends_on < w.today THEN d.ends_on - ga.taken_on
                                               ELSE 14 + floor(pg_temp.r(ga.h, 155) * 40)::int END) AS after_days) s) st;
       INSERT INTO enforcement_action (id, premises_id, visit_plan_id, agency_id, power_id, person_id, kind, taken_on, details,
                                       compliance_deadline, ends_on, indefinite, court_date, review_on, status,
                                       recorded_by_user_id, recorded_on_behalf, version, created_at, updated_at)
         SELECT id, premises_id, visit_plan_id, agency_id, power_id, person_id, kind, taken_on, details,
                compliance_deadline, ends_on, indefinite, court_date, review_on, status,
                recorded_by_user_id, recorded_on_behalf, version, created_at, updated_at
         FROM gen_action_row ORDER BY n;
       INSERT INTO enforcement_action_status_change (id, action_id, status, changed_on, note, user_id, at)
         SELECT id, action_id, status, changed_on, note, user_id, at FROM (
           SELECT n, 0 AS step, pg_temp.uid('served', n) AS id, id AS action_id, 'SERVED' AS status, taken_on AS changed_on, '' AS note,
                  recorded_by_user_id AS user_id, created_at AS at
           FROM gen_action_row
           UNION ALL
           SELECT n, 1, pg_temp.uid('moved', n), id, status, (updated_at AT TIME ZONE 'Europe/London')::date,
                  CASE status WHEN 'EXPIRED' THEN 'The order came to its end date' WHEN 'COMPLIED' THEN 'Re-inspected: works done'
                              WHEN 'BREACHED' THEN 'Re-inspected: not done' WHEN 'APPEALED' THEN 'Appeal lodged' ELSE 'Withdrawn after review' END,
                  recorded_by_user_id, updated_at
           FROM gen_action_row WHERE status <> 'SERVED') c
         ORDER BY n, step;
       INSERT INTO group_event (group_id, occurred_at, user_id, kind, summary, subject_id)
         SELECT v.group_id, e.created_at, e.recorded_by_user_id, 'ENFORCEMENT_ACTION_RECORDED',
                initcap(replace(lower(e.kind), '_', ' ')) || ' recorded', e.id
         FROM enforcement_action e JOIN visit_plan v ON v.id = e.visit_plan_id`,
    ],
    [
      'information reports',
      `INSERT INTO information_report (id, submitted_by_user_id, agency_id, referrer_name, referrer_job_title, referrer_contact,
                                       became_aware_at, incident_at, source_type, source_name, how_came_to_light, who_else_knows,
                                       third_party_will_engage, source_reliability, information_accuracy, handling_code, details,
                                       place_description, status, received_at, feedback_due_at, assessed_at, assessed_by_user_id,
                                       decided_at, decided_by_user_id, feedback, feedback_given_at, feedback_by_user_id,
                                       version, created_at, updated_at)
         SELECT pg_temp.uid('report', k), u.id, u.agency_id, u.display_name, 'Officer', 'Via the agency switchboard, 01632 961 000',
                x.received - interval '1 day', x.received - interval '2 days',
                pg_temp.pick(ARRAY['WITNESSED','MEMBER_OF_PUBLIC','OTHER_PROFESSIONAL'], k, 161),
                CASE WHEN pg_temp.r(k, 162) < 0.3 THEN 'A member of the public' END,
                'Seen on a routine visit', '', pg_temp.pick(ARRAY['YES','NO','DONT_KNOW'], k, 163),
                1 + floor(pg_temp.r(k, 164) * 5)::int, 1 + floor(pg_temp.r(k, 165) * 5)::int, pg_temp.pick(ARRAY['P','C'], k, 166),
                'Young people seen going into the premises late at night with older men.', '',
                s.status, x.received, x.received + interval '14 days',
                CASE WHEN s.status <> 'RECEIVED' THEN x.received + interval '2 days' END,
                CASE WHEN s.status <> 'RECEIVED' THEN ${officerUser(String(CSE_TEAM), `1 + floor(pg_temp.r(k, 167) * ${BOROUGH_INTELLIGENCE_OFFICERS})::int`)} END,
                CASE WHEN s.status NOT IN ('RECEIVED', 'ASSESSED') THEN x.received + interval '5 days' END,
                CASE WHEN s.status NOT IN ('RECEIVED', 'ASSESSED') THEN ${officerUser(String(CSE_TEAM), `1 + floor(pg_temp.r(k, 167) * ${BOROUGH_INTELLIGENCE_OFFICERS})::int`)} END,
                CASE WHEN s.feedback THEN 'Thank you: this was shared with the partnership and acted on.' END,
                CASE WHEN s.feedback THEN x.received + interval '9 days' END,
                CASE WHEN s.feedback THEN ${officerUser(String(CSE_TEAM), `1 + floor(pg_temp.r(k, 167) * ${BOROUGH_INTELLIGENCE_OFFICERS})::int`)} END,
                1, x.received, x.received
         FROM generate_series(1, ${reports}) k
         CROSS JOIN gen_window w
         CROSS JOIN LATERAL (SELECT w.start_at + make_interval(secs => w.span * pg_temp.r(k, 160)) AS received) x
         CROSS JOIN LATERAL (SELECT CASE WHEN x.received > pg_temp.anchor() - interval '10 days'
                                         THEN pg_temp.pick(ARRAY['RECEIVED','ASSESSED'], k, 168)
                                         ELSE pg_temp.pick(ARRAY['ACTIONED','RECORDED','RECORDED','NO_FURTHER_ACTION'], k, 168) END AS status,
                                    x.received <= pg_temp.anchor() - interval '10 days' AND pg_temp.r(k, 169) < 0.85 AS feedback) s
         JOIN user_account u ON u.id = ${officerUser(`1 + floor(pg_temp.r(k, 170) * ${A})::int`, `1 + floor(pg_temp.r(k, 171) * ${OPA})::int`)};
       INSERT INTO information_report_subject (report_id, kind, premises_id, linked_at, created_at)
         SELECT pg_temp.uid('report', k), 'PREMISES', pg_temp.uid('premises', 1 + floor(pg_temp.r(k, 172) * greatest(1, f.frac * ${c.premises}))::int),
                r.received_at, r.received_at
         FROM generate_series(1, ${reports}) k
         CROSS JOIN LATERAL (SELECT pg_temp.r(k, 160) AS frac) f
         JOIN information_report r ON r.id = pg_temp.uid('report', k)`,
    ],
    [
      'monitoring',
      `CREATE TEMP TABLE gen_monitoring AS
         SELECT g.g, g.id AS group_id, pg_temp.uid('monitoring', g.g) AS id, g.after_closure_at AS started_at,
                g.after_closure_at + g.monitoring_for AS ends_at, g.stage = 'MONITORING' AS active, g.coordinator
         FROM gen_group g
         WHERE g.stage = 'MONITORING' OR (g.stage = 'CLOSED' AND NOT g.closes_without_monitoring AND NOT g.ends_at_tasking);
       ALTER TABLE gen_monitoring ADD COLUMN premises_id uuid;
       UPDATE gen_monitoring m SET premises_id = (SELECT gp.premises_id FROM gen_group_premises gp WHERE gp.g = m.g ORDER BY gp.n LIMIT 1);
       -- One active monitoring per premises (monitoring_active_premises_key): a later group on the same premises
       -- extends the earlier watch rather than opening a second one.
       DELETE FROM gen_monitoring m WHERE m.active AND EXISTS (
         SELECT 1 FROM gen_monitoring o WHERE o.active AND o.premises_id = m.premises_id AND o.g < m.g);
       INSERT INTO monitoring (id, premises_id, reason, review_schedule, next_review_on, ends_on, status, coordinator_user_id,
                               ended_at, created_by_user_id, version, created_at, updated_at)
         SELECT m.id, m.premises_id,
                'Premises closed after the operation; watch for it reopening under the same people.',
                t.review_schedule,
                greatest((pg_temp.anchor() AT TIME ZONE 'Europe/London')::date, (m.started_at AT TIME ZONE 'Europe/London')::date + 30),
                (m.ends_at AT TIME ZONE 'Europe/London')::date,
                CASE WHEN m.active THEN 'ACTIVE' ELSE 'ENDED' END, ${coordinatorUser('m.coordinator')},
                CASE WHEN NOT m.active THEN m.ends_at END, ${coordinatorUser('m.coordinator')}, 1, m.started_at,
                CASE WHEN m.active THEN m.started_at ELSE m.ends_at END
         FROM gen_monitoring m JOIN task_and_finish_group t ON t.id = m.group_id;
       INSERT INTO monitored_subject (monitoring_id, kind, premises_id, why, created_at)
         SELECT m.id, 'PREMISES', gp.premises_id, CASE WHEN gp.n = 0 THEN 'The premises the group acted on' ELSE 'A premises of the same operation' END, m.started_at
         FROM gen_monitoring m JOIN gen_group_premises gp ON gp.g = m.g;
       INSERT INTO monitored_subject (monitoring_id, kind, person_id, why, created_at)
         SELECT DISTINCT ON (m.id, pp.person_id) m.id, 'PERSON', pp.person_id, 'Owner or manager of the premises', m.started_at
         FROM gen_monitoring m JOIN gen_group_premises gp ON gp.g = m.g
         JOIN premises_person pp ON pp.premises_id = gp.premises_id AND pp.role IN ('OWNER', 'MANAGER', 'LANDLORD', 'LICENCE_HOLDER');
       INSERT INTO monitoring_review (monitoring_id, reviewed_on, findings, outcome, user_id, created_at)
         SELECT m.id, (at AT TIME ZONE 'Europe/London')::date, 'Drove past; premises still closed, nothing new reported.',
                CASE WHEN NOT m.active AND at + interval '31 days' > m.ends_at THEN 'END' ELSE 'CONTINUE' END,
                ${coordinatorUser('m.coordinator')}, at
         FROM gen_monitoring m, generate_series(m.started_at + interval '30 days', least(pg_temp.anchor(), m.ends_at), interval '30 days') at`,
    ],
    [
      'premises statuses and their history',
      // What the services would have made of it all: forming a group puts a premises under operation, an action
      // means action taken, a closing action in force closes it, monitoring watches it and ends in no further action.
      `CREATE TEMP TABLE gen_status AS
         WITH monitored AS (
           SELECT ms.premises_id AS id, min(m.created_at) FILTER (WHERE m.status = 'ACTIVE') AS active_at,
                  max(m.ended_at) FILTER (WHERE m.status = 'ENDED') AS ended_at
           FROM monitored_subject ms JOIN monitoring m ON m.id = ms.monitoring_id
           WHERE ms.premises_id IS NOT NULL GROUP BY 1),
         acted AS (
           SELECT premises_id AS id, min(created_at) AS first_at, max(created_at) AS last_at,
                  max(created_at) FILTER (WHERE kind IN ('PROHIBITION', 'CLOSURE_NOTICE', 'CLOSURE_ORDER')
                                            AND status NOT IN ('WITHDRAWN', 'EXPIRED')) AS closed_at
           FROM enforcement_action WHERE kind <> 'NO_ACTION' GROUP BY 1),
         operated AS (
           SELECT gp.premises_id AS id, max(t.created_at) AS at
           FROM group_premises gp JOIN task_and_finish_group t ON t.id = gp.group_id
           WHERE t.stage IN ('TASKING', 'PLANNING', 'ACTIVE') GROUP BY 1)
         SELECT p.id, p.created_at, s.status, s.at
         FROM gen_premises p
         LEFT JOIN monitored m ON m.id = p.id
         LEFT JOIN acted a ON a.id = p.id
         LEFT JOIN operated o ON o.id = p.id
         CROSS JOIN LATERAL (SELECT CASE
             WHEN m.active_at IS NOT NULL THEN 'UNDER_MONITORING'
             WHEN a.closed_at IS NOT NULL THEN 'CLOSED'
             WHEN m.ended_at IS NOT NULL THEN 'NO_FURTHER_ACTION'
             WHEN o.at IS NOT NULL AND (a.last_at IS NULL OR a.last_at <= o.at) THEN 'UNDER_OPERATION'
             WHEN a.first_at IS NOT NULL THEN 'ACTION_TAKEN'
             ELSE 'OF_CONCERN' END AS status,
           CASE
             WHEN m.active_at IS NOT NULL THEN m.active_at
             WHEN a.closed_at IS NOT NULL THEN a.closed_at
             WHEN m.ended_at IS NOT NULL THEN m.ended_at
             WHEN o.at IS NOT NULL AND (a.last_at IS NULL OR a.last_at <= o.at) THEN o.at
             WHEN a.first_at IS NOT NULL THEN a.first_at
             ELSE p.created_at END AS at) s;
       UPDATE premises p SET status = s.status, version = CASE WHEN s.status = 'OF_CONCERN' THEN 1 ELSE 2 END,
                             updated_at = greatest(p.created_at, s.at)
         FROM gen_status s WHERE s.id = p.id AND s.status <> 'OF_CONCERN';
       INSERT INTO premises_status_change (premises_id, from_status, to_status, at)
         SELECT id, NULL, 'OF_CONCERN', created_at FROM gen_status;
       INSERT INTO premises_status_change (premises_id, from_status, to_status, at)
         SELECT id, 'OF_CONCERN', status, greatest(created_at, at) FROM gen_status WHERE status <> 'OF_CONCERN';
       ALTER TABLE premises ENABLE TRIGGER premises_status_history`,
    ],
  ];
}

/** Fills an already-migrated, empty database with a borough's history (see the file's comment). */
export async function generateBorough(databaseUrl: string, options: BoroughOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const counts: Counts = {
    groups: Math.max(1, Math.floor(options.groups)),
    premises: Math.max(1, Math.floor(options.premises)),
    actions: Math.max(0, Math.floor(options.actions)),
    years: Math.max(1, Math.floor(options.years ?? 5)),
    seed: Math.floor(options.seed ?? 1),
  };
  const started = Date.now();
  const db = new DataSource(dataSourceOptions(databaseUrl, schemaParts));
  await db.initialize();
  try {
    const [{ agencies }] = await db.query(`SELECT count(*)::int AS agencies FROM agency`);
    if (agencies > 0) throw new Error('generateBorough needs an empty (migrated) database: it already has agencies.');
    const added = await new PowersService(db).addMissingFromCatalogue(readPowersCatalogue());
    log(`powers catalogue: ${added} powers added`);
  } finally {
    await db.destroy();
  }
  const passwordHash = await new PasswordHasher().hash(BOROUGH_PASSWORD);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL work_mem = '64MB'`);
    for (const [label, sql] of statements(counts, passwordHash)) {
      const at = Date.now();
      for (const statement of sql.split(/;\s*\n/)) {
        const statementAt = Date.now();
        await client.query(statement);
        if (process.env['BOROUGH_TIMINGS'])
          log(
            `  ${((Date.now() - statementAt) / 1000).toFixed(1)} s: ${statement.trim().slice(0, 70).replace(/\s+/g, ' ')}`,
          );
      }
      log(`${label} (${((Date.now() - at) / 1000).toFixed(1)} s)`);
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  log(
    `borough generated: ${counts.groups} groups, ${counts.premises} premises, ${counts.actions} actions over ${counts.years} years in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
