import type {
  SourceType,
  AgencyType,
  PersonRole,
  PremisesKind,
  PremisesStatus,
  PremisesUse,
  Role,
  TaskPriority,
} from '@lantern/shared/domain';

/**
 * Northbridge: a fictional borough for the demo. Every name, street, postcode (the NB area does
 * not exist), phone number (Ofcom drama ranges) and email (example.* domains) is made up.
 */
export const DEMO_PASSWORD = 'lantern-demo-2026';

export const demoAgencies: { key: string; name: string; type: AgencyType; email: string; phone: string }[] = [
  {
    key: 'police',
    name: 'Northshire Police – Northbridge CSE Team',
    type: 'POLICE',
    email: 'cse.team@police.example',
    phone: '01632 960 101',
  },
  {
    key: 'fire',
    name: 'Northshire Fire and Rescue Service – Fire Protection',
    type: 'FIRE_AND_RESCUE',
    email: 'fire.protection@fire.example',
    phone: '01632 960 102',
  },
  {
    key: 'licensing',
    name: 'Northbridge Council – Licensing',
    type: 'LICENSING',
    email: 'licensing@northbridge.example',
    phone: '01632 960 103',
  },
  {
    key: 'building',
    name: 'Northbridge Council – Building Control',
    type: 'BUILDING_CONTROL',
    email: 'building.control@northbridge.example',
    phone: '01632 960 104',
  },
  {
    key: 'eh',
    name: 'Northbridge Council – Environmental Health',
    type: 'ENVIRONMENTAL_HEALTH',
    email: 'env.health@northbridge.example',
    phone: '01632 960 105',
  },
  {
    key: 'business',
    name: 'Northbridge Council – Business Regulation',
    type: 'TRADING_STANDARDS',
    email: 'business.regulation@northbridge.example',
    phone: '01632 960 106',
  },
  {
    key: 'housing',
    name: 'Northbridge Council – Strategic Housing',
    type: 'STRATEGIC_HOUSING',
    email: 'housing@northbridge.example',
    phone: '01632 960 107',
  },
  {
    key: 'benefits',
    name: 'Northbridge Council – Revenues and Benefits',
    type: 'REVENUES_AND_BENEFITS',
    email: 'fraud@northbridge.example',
    phone: '01632 960 108',
  },
  {
    key: 'asb',
    name: 'Northbridge Council – Community Safety',
    type: 'COMMUNITY_SAFETY_ASB',
    email: 'community.safety@northbridge.example',
    phone: '01632 960 109',
  },
  {
    key: 'planning',
    name: 'Northbridge Council – Planning Enforcement',
    type: 'PLANNING_ENFORCEMENT',
    email: 'planning@northbridge.example',
    phone: '01632 960 110',
  },
  {
    key: 'social-care',
    name: "Northbridge Council – Children's Social Care",
    type: 'CHILDRENS_SOCIAL_CARE',
    email: 'childrens.services@northbridge.example',
    phone: '01632 960 111',
  },
];

export const demoOfficers: { agency: string; name: string; jobTitle: string }[] = [
  { agency: 'police', name: 'DS Priya Castellan', jobTitle: 'Detective Sergeant, CSE team' },
  { agency: 'police', name: 'PC Tom Ashgrove', jobTitle: 'Police licensing officer' },
  { agency: 'fire', name: 'Gareth Penhallow', jobTitle: 'Fire protection officer' },
  { agency: 'licensing', name: 'Nadia Brightwell', jobTitle: 'Licensing enforcement officer' },
  { agency: 'building', name: 'Owen Marchetti', jobTitle: 'Building control surveyor' },
  { agency: 'eh', name: 'Helen Okonkwo-Reid', jobTitle: 'Environmental health officer' },
  { agency: 'business', name: 'Ruth Delacroix', jobTitle: 'Business Regulation manager' },
  { agency: 'housing', name: 'Imran Feltham', jobTitle: 'Private rented sector officer' },
  { agency: 'benefits', name: 'Carys Tenby', jobTitle: 'Benefit fraud investigator' },
];

/** Demo users; `officer` names the officer record a user signs in as (their tasks and visits). */
export const demoUsers: { email: string; displayName: string; role: Role; agency: string; officer?: string }[] = [
  { email: 'admin@lantern.example', displayName: 'Alex Administrator', role: 'ADMINISTRATOR', agency: 'business' },
  {
    email: 'coordinator@lantern.example',
    displayName: 'Ruth Delacroix',
    role: 'COORDINATOR',
    agency: 'business',
    officer: 'Ruth Delacroix',
  },
  {
    email: 'fire.officer@lantern.example',
    displayName: 'Gareth Penhallow',
    role: 'AGENCY_OFFICER',
    agency: 'fire',
    officer: 'Gareth Penhallow',
  },
  {
    email: 'licensing.officer@lantern.example',
    displayName: 'Nadia Brightwell',
    role: 'AGENCY_OFFICER',
    agency: 'licensing',
    officer: 'Nadia Brightwell',
  },
  {
    email: 'intelligence@lantern.example',
    displayName: 'DS Priya Castellan',
    role: 'INTELLIGENCE_OFFICER',
    agency: 'police',
    officer: 'DS Priya Castellan',
  },
  { email: 'board@lantern.example', displayName: 'Bernard Boardman', role: 'BOARD_MEMBER', agency: 'asb' },
];

export const demoPremises: {
  key: string;
  name: string;
  addressLine1: string;
  town: string;
  postcode: string;
  kind: PremisesKind;
  use: PremisesUse;
  status: PremisesStatus;
  licensableActivity: boolean;
  concernSummary: string;
}[] = [
  {
    key: 'club',
    name: 'Foundry Walk Social Club',
    addressLine1: '14 Foundry Walk',
    town: 'Northbridge',
    postcode: 'NB1 4FW',
    kind: 'PLACE_OF_ASSEMBLY',
    use: 'TRADE',
    status: 'OF_CONCERN',
    licensableActivity: false,
    concernSummary:
      'Large numbers of young teenagers gather here late in the evening. Girls are reported to leave by the rear doors when police arrive. The police licensing officer found no licensable activity.',
  },
  {
    key: 'takeaway',
    name: 'Kestrel Parade Takeaway',
    addressLine1: '3 Kestrel Parade',
    town: 'Northbridge',
    postcode: 'NB2 7HP',
    kind: 'TAKEAWAY',
    use: 'BOTH',
    status: 'OF_CONCERN',
    licensableActivity: true,
    concernSummary: 'Children seen in the flat above the shop after midnight; bedding reported in the back office.',
  },
  {
    key: 'flat',
    name: 'Flat 2, Millbrook House',
    addressLine1: 'Flat 2, Millbrook House, Millbrook Road',
    town: 'Northbridge',
    postcode: 'NB3 2NR',
    kind: 'HMO',
    use: 'DWELLING',
    status: 'OF_CONCERN',
    licensableActivity: false,
    concernSummary: 'Unlicensed house in multiple occupation linked to the social club manager.',
  },
  {
    key: 'carwash',
    name: 'Wharfside Hand Car Wash',
    addressLine1: 'Unit 5, Wharfside Lane',
    town: 'Northbridge',
    postcode: 'NB4 1WL',
    kind: 'CAR_WASH',
    use: 'TRADE',
    status: 'UNDER_MONITORING',
    licensableActivity: false,
    concernSummary: 'Vehicles linked to earlier reports seen collecting young people here.',
  },
  {
    key: 'shisha',
    name: 'Lantern Row Shisha Lounge',
    addressLine1: '22 Lantern Row',
    town: 'Northbridge',
    postcode: 'NB1 6LR',
    kind: 'SHISHA_BAR',
    use: 'TRADE',
    status: 'NO_FURTHER_ACTION',
    licensableActivity: true,
    concernSummary: 'Reports of under-18s served late at night; visited, no evidence of exploitation found.',
  },
  {
    key: 'hotel',
    name: 'Northbridge Station Guest House',
    addressLine1: '8 Station Approach',
    town: 'Northbridge',
    postcode: 'NB2 1SA',
    kind: 'HOTEL_BNB',
    use: 'BOTH',
    status: 'OF_CONCERN',
    licensableActivity: false,
    concernSummary: 'Adults booking rooms with young people; a hotel information notice is being considered.',
  },
];

/** Which agencies take part in the work on each premises (agency officers see only these). */
export const demoPremisesAgencies: Record<string, string[]> = {
  club: ['business', 'police', 'fire', 'licensing', 'building', 'eh'],
  takeaway: ['business', 'police', 'licensing', 'eh'],
  flat: ['business', 'police', 'housing'],
  carwash: ['business', 'police'],
  shisha: ['business', 'police', 'licensing'],
  hotel: ['business', 'police'],
};

export const demoPeople: {
  key: string;
  fullName: string;
  nicknames: string[];
  dateOfBirth: string | null;
  links: { premises: string; role: PersonRole }[];
}[] = [
  {
    key: 'manager',
    fullName: 'Victor Hallam-Sykes',
    nicknames: ['Vic'],
    dateOfBirth: '1979-03-14',
    links: [
      { premises: 'club', role: 'MANAGER' },
      { premises: 'flat', role: 'LANDLORD' },
    ],
  },
  {
    key: 'owner',
    fullName: 'Desmond Arkwright',
    nicknames: [],
    dateOfBirth: '1968-11-02',
    links: [
      { premises: 'club', role: 'OWNER' },
      { premises: 'carwash', role: 'OWNER' },
    ],
  },
  {
    key: 'associate',
    fullName: 'Liam Threlkeld',
    nicknames: ['Threlly'],
    dateOfBirth: '1991-07-21',
    links: [{ premises: 'takeaway', role: 'EMPLOYEE' }],
  },
];

export const demoVehicles: {
  premises: string;
  registration: string;
  make: string;
  model: string;
  colour: string;
  notes: string;
}[] = [
  {
    premises: 'club',
    registration: 'NB65 XRV',
    make: 'Vauxhall',
    model: 'Insignia',
    colour: 'Grey',
    notes: 'Seen at the rear doors late in the evening',
  },
  { premises: 'carwash', registration: 'NB19 KWT', make: 'BMW', model: '3 Series', colour: 'Black', notes: '' },
];

export const demoBusinesses: { premises: string; name: string; companyNumber: string | null; relationship: string }[] =
  [{ premises: 'club', name: 'Foundry Leisure (Northbridge) Ltd', companyNumber: null, relationship: 'Operator' }];

/** A task and finish group already running for the social club, as in the case study. */
export const demoGroups: {
  name: string;
  objective: string;
  termsOfReference: string;
  premises: string[];
  lead: string;
  members: string[];
  officers: string[];
  tasks: { title: string; owner: string; officer?: string; dueInDays: number; priority: TaskPriority }[];
}[] = [
  {
    name: 'Foundry Walk Social Club disruption',
    objective:
      'Stop the social club being used as a meeting point where young teenagers are exposed to exploitation, using every power the partners hold.',
    termsOfReference:
      'Agreed at the weekly CSE intelligence meeting. Business Regulation coordinates; each agency inspects and uses its own powers; findings come back to the meeting.',
    premises: ['club'],
    lead: 'business',
    members: ['police', 'fire', 'licensing', 'building', 'eh'],
    officers: ['Ruth Delacroix', 'PC Tom Ashgrove', 'Gareth Penhallow', 'Nadia Brightwell'],
    tasks: [
      {
        title: 'Check the fire risk assessment and means of escape',
        owner: 'fire',
        officer: 'Gareth Penhallow',
        dueInDays: 7,
        priority: 'HIGH',
      },
      {
        title: 'Confirm whether any licensable activity takes place',
        owner: 'licensing',
        dueInDays: 5,
        priority: 'MEDIUM',
      },
      { title: 'Building control history of the rear extension', owner: 'building', dueInDays: 14, priority: 'LOW' },
    ],
  },
];

/**
 * A joint visit planned for the social club, as in the case study: five agencies, late evening, each with the
 * power it means to use. It is left as a draft, so the demo shows the law checks the coordinator must
 * acknowledge (there is no licensable activity, so the Licensing Act powers may not apply).
 */
export const demoVisit = {
  group: 'Foundry Walk Social Club disruption',
  premises: 'club',
  time: '21:30',
  rendezvousPoint: 'Rear car park of Northbridge Leisure Centre, Foundry Walk',
  riskLevel: 'HIGH' as const,
  riskAssessment:
    'Owners have escorted young people out of the rear doors when police arrived. Officers to cover the rear exit before entry. Police to lead the approach.',
  briefingNotes:
    'Inspect the premises and make full use of each agency’s powers. Note any children present, the state of the fire exits, CCTV, and beds or bedding.',
  agencies: [
    { agency: 'police', officer: 'PC Tom Ashgrove', powers: ['la-2003-s180-police-entry-offences'] },
    { agency: 'fire', officer: 'Gareth Penhallow', powers: ['fso-2005-art27-inspection-entry'] },
    { agency: 'licensing', officer: 'Nadia Brightwell', powers: ['la-2003-s179-entry-licensable-activity'] },
    { agency: 'building', officer: 'Owen Marchetti', powers: ['ba-1984-s95-entry'] },
    { agency: 'eh', officer: 'Helen Okonkwo-Reid', powers: ['hswa-1974-s20-inspector-entry'] },
  ],
};

/** The car wash has been under monitoring since an earlier operation: its owner also owns the social club. */
export const demoMonitoring = {
  premises: 'carwash',
  people: ['Desmond Arkwright'],
  reason:
    'Earlier operation closed: vehicles linked to reports were seen collecting young people here. Its owner also owns the Foundry Walk Social Club.',
  reviewSchedule: 'MONTHLY' as const,
  endsInDays: 180,
};
/** Fictional information reports: who sends them (a demo user), about which premises, and what they say. */
export const demoReports: {
  by: 'licensing' | 'coordinator';
  premises: string[];
  becameAwareDaysAgo: number;
  time: string;
  referrerJobTitle: string;
  referrerContact: string;
  sourceType: SourceType;
  sourceName?: string;
  sourceContact?: string;
  thirdPartyWillEngage?: 'YES' | 'NO' | 'DONT_KNOW';
  sourceReliability?: number;
  informationAccuracy: number;
  handlingCode: 'P' | 'C';
  handlingConditions?: string;
  howCameToLight: string;
  whoElseKnows?: string;
  details: string;
  people: { fullName?: string; nicknames: string[]; dateOfBirth?: string }[];
  vehicles?: { registration: string; make?: string; colour?: string }[];
}[] = [
  {
    by: 'licensing',
    premises: ['takeaway'],
    becameAwareDaysAgo: 3,
    time: '23:40',
    referrerJobTitle: 'Licensing enforcement officer',
    referrerContact: '01632 960 214',
    sourceType: 'WITNESSED',
    informationAccuracy: 1,
    handlingCode: 'P',
    howCameToLight: 'During a late-night licensing check on Kestrel Parade',
    details:
      'Two girls who looked about 14 went up the side stairs to the flat above the takeaway with a man the staff called "Threlly". A grey hatchback waited outside.',
    people: [{ nicknames: ['Threlly'] }],
    vehicles: [{ registration: 'NB68 TLK', make: 'Vauxhall', colour: 'Grey' }],
  },
  {
    by: 'coordinator',
    premises: ['hotel', 'club'],
    becameAwareDaysAgo: 6,
    time: '10:15',
    referrerJobTitle: 'Business Regulation manager',
    referrerContact: 'ruth.delacroix@northbridge.example',
    sourceType: 'MEMBER_OF_PUBLIC',
    sourceName: 'Morwenna Pellow (a guest house cleaner)',
    sourceContact: '07700 900 553',
    thirdPartyWillEngage: 'DONT_KNOW',
    sourceReliability: 3,
    informationAccuracy: 2,
    handlingCode: 'C',
    handlingConditions: 'Not to be shared with the guest house owner',
    howCameToLight: 'A phone call to the council’s licensing line',
    whoElseKnows: 'The cleaner’s supervisor',
    details:
      'A man she knows as Vic books rooms for one night and brings girls from the Foundry Walk club. He was last there on Saturday.',
    people: [{ fullName: 'Vic', nicknames: ['Vic'] }],
  },
];
