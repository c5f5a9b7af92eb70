import { briefingDocument, BriefingBlock } from './briefing-content';
import { samplePack } from './briefing.fixture';

const table = (blocks: BriefingBlock[], caption: string) => {
  const found = blocks.find((b) => b.kind === 'table' && b.caption === caption);
  if (!found || found.kind !== 'table') throw new Error(`no table ${caption}`);
  return found;
};

describe('what a briefing pack says', () => {
  it('has the sections officers need, in order', () => {
    const doc = briefingDocument(samplePack());
    expect(doc.marking).toBe('OFFICIAL-SENSITIVE');
    expect(doc.title).toBe('Joint visit briefing: Flat above Quick Bites');
    expect(doc.subtitle).toBe('Operation Lantern Test. Friday 27 November 2026 at 9:30pm to 11:00pm.');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Premises',
      'Concerns',
      'Linked people',
      'Vehicles and businesses',
      'Attending agencies and officers',
      'Powers by agency',
      'Officer safety risks',
      'Rendezvous and time',
      'Briefing notes',
      'Contacts',
    ]);
  });

  it('shows people once with every role, nicknames and date of birth in words', () => {
    const doc = briefingDocument(samplePack());
    const people = table(doc.sections[2].blocks, 'People linked to the premises');
    expect(people.rows).toEqual([['Sam Example', 'Sammy, S', '1 February 1980', 'Owner, Manager']]);
  });

  it('lists officers under their agency with contacts and responses, and powers by agency', () => {
    const doc = briefingDocument(samplePack());
    const agencies = doc.sections[4].blocks;
    expect(table(agencies, 'Attending agencies').rows).toEqual([
      ['Northbridge Fire and Rescue', 'Fire and rescue', '01632 960001', 'fire@northbridge.example', 'Yes'],
      ['Northbridge Licensing', 'Licensing', 'Not recorded', 'licensing@northbridge.example', 'No, outside only'],
    ]);
    expect(table(agencies, 'Officers: Northbridge Fire and Rescue').rows).toEqual([
      ['Alex Fire', 'Fire safety inspector', '07700 900001', 'alex.fire@northbridge.example', 'Confirmed'],
      ['Jo Nomail', 'Not recorded', 'Not recorded', 'Not recorded', 'Not yet confirmed'],
    ]);
    expect(table(agencies, 'Officers: Northbridge Licensing').rows[0][4]).toBe('Declined');
    const powers = doc.sections[5].blocks;
    expect(powers).toHaveLength(1);
    expect(table(powers, 'Powers: Northbridge Fire and Rescue').rows).toEqual([
      [
        'Prohibition notice',
        'Regulatory Reform (Fire Safety) Order 2005, article 31',
        'Yes',
        'Stop people sleeping above the kitchen',
      ],
    ]);
  });

  it('says plainly when something is missing rather than leaving a gap', () => {
    const doc = briefingDocument(
      samplePack(
        { people: [], vehicles: [], businesses: [], agencies: [], coordinator: null },
        { riskAssessment: '', briefingNotes: ' ', endsAt: null, rendezvousPoint: '' },
      ),
    );
    const texts = doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'none').map((b) => b.text));
    expect(texts).toEqual([
      'No people are linked to the premises.',
      'No vehicles are linked to the premises.',
      'No businesses are linked to the premises.',
      'No agencies have been added to this visit.',
      'No powers have been planned for this visit.',
      'No officer safety risk assessment has been recorded.',
      'No briefing notes have been written.',
    ]);
    const rendezvous = doc.sections[7].blocks[0];
    expect(rendezvous).toEqual({
      kind: 'facts',
      rows: [
        { label: 'Meet at', value: 'Not recorded' },
        { label: 'Starts', value: 'Friday 27 November 2026 at 9:30pm' },
        { label: 'Ends', value: 'Not set' },
        { label: 'Plan status', value: 'Ready: officers briefed' },
      ],
    });
    expect(doc.subtitle).toBe('Operation Lantern Test. Friday 27 November 2026 at 9:30pm.');
  });
});
