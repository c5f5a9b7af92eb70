import {
  AGENCY_TYPE_LABELS,
  ATTENDANCE_RESPONSE_LABELS,
  ENTRY_RIGHT_LABELS,
  formatCalendarDate,
  PERSON_ROLE_LABELS,
  PersonRole,
  PREMISES_KIND_LABELS,
  PREMISES_USE_LABELS,
  RISK_LEVEL_LABELS,
  VISIT_STATUS_LABELS,
} from '@lantern/shared/domain';
import type { BriefingAgency, BriefingPack } from './briefing-pack';
import { formatVisitEnd, formatVisitTime } from './briefing.rules';

/**
 * What a briefing pack says, in order, independent of how it is laid out: the PDF and the printable
 * page both render this, so they cannot drift apart.
 */
export type BriefingBlock =
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'paragraphs'; text: string }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'none'; text: string };

export interface BriefingSection {
  /** Stable id, used for HTML anchors and tests. */
  id: string;
  heading: string;
  blocks: BriefingBlock[];
}

export interface BriefingDocument {
  marking: string;
  title: string;
  /** One line under the title: the group and when. */
  subtitle: string;
  sections: BriefingSection[];
  /** "Produced ... from Lantern. Do not forward ..." */
  footnote: string;
}

/** The Government Security Classification marking every page carries. */
export const BRIEFING_MARKING = 'OFFICIAL-SENSITIVE';

const NOT_RECORDED = 'Not recorded';

const orNotRecorded = (value: string | null | undefined) => (value && value.trim() ? value.trim() : NOT_RECORDED);

export function premisesAddress(premises: BriefingPack['premises']): string {
  return [premises.addressLine1, premises.addressLine2, premises.town, premises.postcode]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

function paragraphsOr(text: string, none: string): BriefingBlock {
  return text.trim() ? { kind: 'paragraphs', text: text.trim() } : { kind: 'none', text: none };
}

function entersLabel(agency: BriefingAgency): string {
  if (agency.entersPremises === null) return 'Not stated';
  return agency.entersPremises ? 'Yes' : 'No, outside only';
}

function agencyType(agency: BriefingAgency): string {
  return AGENCY_TYPE_LABELS[agency.type] ?? agency.type;
}

export function briefingDocument(pack: BriefingPack): BriefingDocument {
  const { plan, premises, group } = pack;
  const end = plan.endsAt ? formatVisitEnd(plan.startsAt, plan.endsAt) : null;
  const when = formatVisitTime(plan.startsAt);

  const agencyBlocks: BriefingBlock[] = pack.agencies.length
    ? [
        {
          kind: 'table',
          caption: 'Attending agencies',
          head: ['Agency', 'Type', 'Phone', 'Email', 'Enters the premises'],
          rows: pack.agencies.map((a) => [
            a.name,
            agencyType(a),
            orNotRecorded(a.phone),
            orNotRecorded(a.email),
            entersLabel(a),
          ]),
        },
        ...pack.agencies.flatMap((a): BriefingBlock[] =>
          a.officers.length
            ? [
                {
                  kind: 'table',
                  caption: `Officers: ${a.name}`,
                  head: ['Officer', 'Job title', 'Phone', 'Email', 'Response'],
                  rows: a.officers.map((o) => [
                    o.name,
                    orNotRecorded(o.jobTitle),
                    orNotRecorded(o.phone),
                    orNotRecorded(o.email),
                    ATTENDANCE_RESPONSE_LABELS[o.response] ?? o.response,
                  ]),
                },
              ]
            : [{ kind: 'none', text: `No officers named for ${a.name}.` }],
        ),
      ]
    : [{ kind: 'none', text: 'No agencies have been added to this visit.' }];

  const withPowers = pack.agencies.filter((a) => a.powers.length);
  const powerBlocks: BriefingBlock[] = withPowers.length
    ? withPowers.map((a) => ({
        kind: 'table',
        caption: `Powers: ${a.name}`,
        head: ['Power', 'Legal basis', 'Entry', 'Purpose at this visit'],
        rows: a.powers.map((p) => [
          p.name,
          p.legalBasis,
          ENTRY_RIGHT_LABELS[p.entry] ?? p.entry,
          orNotRecorded(p.purpose),
        ]),
      }))
    : [{ kind: 'none', text: 'No powers have been planned for this visit.' }];

  const sections: BriefingSection[] = [
    {
      id: 'premises',
      heading: 'Premises',
      blocks: [
        {
          kind: 'facts',
          rows: [
            { label: 'Name', value: premises.name },
            { label: 'Address', value: premisesAddress(premises) },
            { label: 'Kind', value: PREMISES_KIND_LABELS[premises.kind] ?? premises.kind },
            { label: 'Use', value: PREMISES_USE_LABELS[premises.use] ?? premises.use },
            { label: 'Licensable activity', value: premises.licensableActivity ? 'Recorded' : 'None recorded' },
          ],
        },
      ],
    },
    {
      id: 'concerns',
      heading: 'Concerns',
      blocks: [paragraphsOr(premises.concernSummary, 'No summary of concerns has been recorded.')],
    },
    {
      id: 'people',
      heading: 'Linked people',
      blocks: pack.people.length
        ? [
            {
              kind: 'table',
              caption: 'People linked to the premises',
              head: ['Name', 'Also known as', 'Date of birth', 'Role'],
              rows: pack.people.map((p) => [
                p.fullName,
                p.nicknames.length ? p.nicknames.join(', ') : 'None recorded',
                p.dateOfBirth ? formatCalendarDate(p.dateOfBirth) : NOT_RECORDED,
                p.roles.map((r) => PERSON_ROLE_LABELS[r as PersonRole] ?? r).join(', '),
              ]),
            },
          ]
        : [{ kind: 'none', text: 'No people are linked to the premises.' }],
    },
    {
      id: 'vehicles-and-businesses',
      heading: 'Vehicles and businesses',
      blocks: [
        pack.vehicles.length
          ? {
              kind: 'table',
              caption: 'Vehicles',
              head: ['Registration', 'Vehicle', 'Notes'],
              rows: pack.vehicles.map((v) => [
                v.registration,
                [v.colour, v.make, v.model].filter(Boolean).join(' ') || NOT_RECORDED,
                v.notes.trim() || 'None',
              ]),
            }
          : { kind: 'none', text: 'No vehicles are linked to the premises.' },
        pack.businesses.length
          ? {
              kind: 'table',
              caption: 'Businesses',
              head: ['Business', 'Company number', 'Relationship to the premises'],
              rows: pack.businesses.map((b) => [b.name, orNotRecorded(b.companyNumber), orNotRecorded(b.relationship)]),
            }
          : { kind: 'none', text: 'No businesses are linked to the premises.' },
      ],
    },
    { id: 'agencies', heading: 'Attending agencies and officers', blocks: agencyBlocks },
    { id: 'powers', heading: 'Powers by agency', blocks: powerBlocks },
    {
      id: 'risks',
      heading: 'Officer safety risks',
      blocks: [
        { kind: 'facts', rows: [{ label: 'Risk level', value: RISK_LEVEL_LABELS[plan.riskLevel] ?? plan.riskLevel }] },
        paragraphsOr(plan.riskAssessment, 'No officer safety risk assessment has been recorded.'),
      ],
    },
    {
      id: 'rendezvous',
      heading: 'Rendezvous and time',
      blocks: [
        {
          kind: 'facts',
          rows: [
            { label: 'Meet at', value: orNotRecorded(plan.rendezvousPoint) },
            { label: 'Starts', value: when },
            { label: 'Ends', value: end ?? 'Not set' },
            { label: 'Plan status', value: VISIT_STATUS_LABELS[plan.status] ?? plan.status },
          ],
        },
      ],
    },
    {
      id: 'notes',
      heading: 'Briefing notes',
      blocks: [paragraphsOr(plan.briefingNotes, 'No briefing notes have been written.')],
    },
    {
      id: 'contacts',
      heading: 'Contacts',
      blocks: [
        {
          kind: 'facts',
          rows: [
            {
              label: 'Coordinator',
              value: pack.coordinator ? `${pack.coordinator.name}, ${pack.coordinator.email}` : NOT_RECORDED,
            },
            { label: 'Group', value: group.name },
            { label: 'Group objective', value: orNotRecorded(group.objective) },
            ...pack.agencies.map((a) => ({
              label: a.name,
              value: [a.phone, a.email].filter(Boolean).join(', ') || NOT_RECORDED,
            })),
          ],
        },
      ],
    },
  ];

  return {
    marking: BRIEFING_MARKING,
    title: `Joint visit briefing: ${premises.name}`,
    subtitle: `${group.name}. ${when}${end ? ` to ${end}` : ''}.`,
    sections,
    footnote:
      `Produced from Lantern on ${formatVisitTime(pack.producedAt)} (plan version ${plan.version}). ` +
      'Correct at that time only. Do not forward or copy; destroy securely after the visit.',
  };
}
