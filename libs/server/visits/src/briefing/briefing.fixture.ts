import type { BriefingPack } from './briefing-pack';

/** A complete pack for unit tests of the renderers; override what a test is about. */
export function samplePack(
  overrides: Partial<BriefingPack> = {},
  plan: Partial<BriefingPack['plan']> = {},
): BriefingPack {
  return {
    plan: {
      id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      version: 3,
      status: 'READY',
      startsAt: new Date('2026-11-27T21:30:00Z'),
      endsAt: new Date('2026-11-27T23:00:00Z'),
      rendezvousPoint: 'Rear car park, Northbridge fire station',
      riskLevel: 'HIGH',
      riskAssessment: 'Dogs on site.\n\nThe manager has been aggressive to officers before.',
      briefingNotes: 'Enter through the front door together.\n\nFire officers check the upstairs rooms first.',
      ...plan,
    },
    group: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Operation Lantern Test', objective: 'Close the flat' },
    premises: {
      id: 'a1b2c3d4-0000-4000-8000-000000000002',
      name: 'Flat above Quick Bites',
      addressLine1: '12 Foundry Walk',
      addressLine2: null,
      town: 'Northbridge',
      postcode: 'NB1 2AB',
      kind: 'TAKEAWAY',
      use: 'BOTH',
      licensableActivity: true,
      concernSummary: 'Young people seen entering late at night.',
    },
    people: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000003',
        fullName: 'Sam Example',
        nicknames: ['Sammy', 'S'],
        dateOfBirth: '1980-02-01',
        roles: ['OWNER', 'MANAGER'],
      },
    ],
    vehicles: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000004',
        registration: 'NB12ABC',
        make: 'Ford',
        model: 'Transit',
        colour: 'White',
        notes: 'Parked outside most nights',
      },
    ],
    businesses: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000005',
        name: 'Quick Bites Ltd',
        companyNumber: '01234567',
        relationship: 'operator',
      },
    ],
    agencies: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000006',
        name: 'Northbridge Fire and Rescue',
        type: 'FIRE_AND_RESCUE',
        phone: '01632 960001',
        email: 'fire@northbridge.example',
        entersPremises: true,
        officers: [
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000007',
            name: 'Alex Fire',
            jobTitle: 'Fire safety inspector',
            phone: '07700 900001',
            email: 'alex.fire@northbridge.example',
            response: 'CONFIRMED',
          },
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000008',
            name: 'Jo Nomail',
            jobTitle: null,
            phone: null,
            email: null,
            response: 'PENDING',
          },
        ],
        powers: [
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000009',
            name: 'Prohibition notice',
            legalBasis: 'Regulatory Reform (Fire Safety) Order 2005, article 31',
            entry: 'YES',
            purpose: 'Stop people sleeping above the kitchen',
          },
        ],
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000010',
        name: 'Northbridge Licensing',
        type: 'LICENSING',
        phone: null,
        email: 'licensing@northbridge.example',
        entersPremises: false,
        officers: [
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000011',
            name: 'Lee Licensing',
            jobTitle: 'Licensing officer',
            phone: '07700 900002',
            email: 'lee@northbridge.example',
            response: 'DECLINED',
          },
        ],
        powers: [],
      },
    ],
    coordinator: { name: 'Casey Coordinator', email: 'casey@northbridge.example' },
    producedAt: new Date('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}
