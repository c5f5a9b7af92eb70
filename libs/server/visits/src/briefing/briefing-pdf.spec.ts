import { columnWidths, renderBriefingPdf, toWinAnsi } from './briefing-pdf';
import { samplePack } from './briefing.fixture';
import { pdfText } from './pdf-text';

describe('the briefing pack as a PDF', () => {
  it('is a PDF whose text says what the pack says, under the OFFICIAL-SENSITIVE marking', async () => {
    const pdf = await renderBriefingPdf(samplePack(), { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf).join(' ').replace(/\s+/g, ' ');
    for (const expected of [
      'Joint visit briefing: Flat above Quick Bites',
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
      'Sam Example',
      'NB12ABC',
      'Alex Fire',
      '07700 900001',
      'Prohibition notice',
      'Friday 27 November 2026 at 9:30pm',
      'Rear car park, Northbridge fire station',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('marks the head and foot of every page and numbers the pages', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the briefing notes.`).join('\n\n');
    const pdf = await renderBriefingPdf(samplePack({}, { briefingNotes: long }));
    const lines = pdfText(pdf); // compressed: read through the deflated streams
    const pages = lines.filter((line) => /^Page \d+ of \d+$/.test(line));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_, i) => `Page ${i + 1} of ${pages.length}`));
    expect(lines.filter((line) => line === 'OFFICIAL-SENSITIVE')).toHaveLength(2 * pages.length);
    expect(lines.some((line) => line.includes('Paragraph 60 of the briefing notes.'))).toBe(true);
  });

  it('draws names the built-in fonts cannot show as "?" and says where to read them in full', async () => {
    const pack = samplePack();
    pack.people[0].fullName = 'Łukasz Nowak 李';
    const lines = pdfText(await renderBriefingPdf(pack, { compress: false }));
    expect(lines.some((line) => line.includes('?ukasz Nowak ?'))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('The printable page shows them in full.');
  });
});

describe('text for the built-in fonts', () => {
  it('keeps Windows-1252 characters, drops accents it lacks, and flags the rest', () => {
    expect(toWinAnsi('Café “quoted” – £5 €')).toEqual({ text: 'Café “quoted” – £5 €', lossy: false });
    expect(toWinAnsi('Őrs Čapek')).toEqual({ text: 'Ors Capek', lossy: false });
    expect(toWinAnsi('Łódź')).toEqual({ text: '?ódz', lossy: true });
    expect(toWinAnsi('a\tb\r\nc\u200bd')).toEqual({ text: 'a b\ncd', lossy: false });
  });
});

describe('table columns', () => {
  it('share the width by what they hold, within limits, and never overflow it', () => {
    const widths = columnWidths(
      { head: ['Officer', 'Email'], rows: [['Al', 'alexandra.fire-safety@northbridge-fire.example']] },
      400,
    );
    expect(widths).toEqual([Math.floor((10 / 46) * 400), Math.floor((36 / 46) * 400)]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400);
  });
});
