import PDFDocument from 'pdfkit';
import type { BriefingPack } from './briefing-pack';
import { BriefingBlock, briefingDocument, BriefingDocument } from './briefing-content';

/**
 * The briefing pack as a PDF (A4), with pdfkit's built-in Helvetica: nothing is fetched from
 * outside. Each page carries the OFFICIAL-SENSITIVE marking at its head and foot and its number.
 */

/** Characters Windows-1252 (the built-in fonts' WinAnsi encoding) has beyond Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

/**
 * Text the built-in fonts can draw: accents outside WinAnsi are dropped ("ő" → "o"), anything
 * else becomes "?" (and `lossy` says so, so the pack can point to the printable page, which shows
 * every character).
 */
export function toWinAnsi(text: string): { text: string; lossy: boolean } {
  let lossy = false;
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    if (char === '\n' || isWinAnsi(char)) {
      out += char;
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    if (base && [...base].every(isWinAnsi)) {
      out += base;
    } else if (/\s/u.test(char)) {
      out += ' ';
    } else if (!/\p{Cc}|\p{Cf}/u.test(char)) {
      out += '?';
      lossy = true;
    }
  }
  return { text: out, lossy };
}

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const RULE = '#b1b4b6';
const MARGIN = { top: 72, bottom: 72, left: 56, right: 56 };

export interface BriefingPdfOptions {
  /** Deflate the page streams (the default); tests switch it off to read the text back. */
  compress?: boolean;
}

export function renderBriefingPdf(pack: BriefingPack, options: BriefingPdfOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(briefingDocument(pack), options);
}

export function renderDocumentPdf(content: BriefingDocument, options: BriefingPdfOptions = {}): Promise<Buffer> {
  let lossy = false;
  const safe = (value: string) => {
    const converted = toWinAnsi(value);
    lossy ||= converted.lossy;
    return converted.text;
  };

  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: safe(content.title), Subject: content.marking, Creator: 'Lantern', Producer: 'Lantern' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.fillColor(INK);
  doc.font(BOLD).fontSize(20).text(safe(content.title), { width });
  doc.moveDown(0.3);
  doc.font(FONT).fontSize(11).fillColor(SECONDARY).text(safe(content.subtitle), { width }).fillColor(INK);

  for (const section of content.sections) {
    doc.moveDown(1);
    // Keep a heading with at least a few lines of what follows it.
    if (doc.y > doc.page.height - MARGIN.bottom - 80) doc.addPage();
    doc.font(BOLD).fontSize(15).text(safe(section.heading), MARGIN.left, doc.y, { width });
    const ruleY = doc.y + 2;
    doc
      .moveTo(MARGIN.left, ruleY)
      .lineTo(MARGIN.left + width, ruleY)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = ruleY + 6;
    for (const block of section.blocks) drawBlock(doc, block, width, safe);
  }

  doc.moveDown(1.5);
  doc.font(FONT).fontSize(9).fillColor(SECONDARY).text(safe(content.footnote), MARGIN.left, doc.y, { width });
  if (lossy) {
    doc.moveDown(0.5);
    doc.text(
      'Some characters in names or notes cannot be shown in this PDF and appear as "?". The printable page shows them in full.',
      { width },
    );
  }

  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i += 1) {
    doc.switchToPage(i);
    // Writing in the margins must not start new pages.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(BOLD).fontSize(10).fillColor(INK);
    doc.text(content.marking, MARGIN.left, 32, { width, align: 'center', lineBreak: false });
    doc.text(content.marking, MARGIN.left, doc.page.height - 44, { width, align: 'center', lineBreak: false });
    doc.font(FONT).fontSize(9).fillColor(SECONDARY);
    doc.text(`Page ${i + 1} of ${pages.count}`, MARGIN.left, doc.page.height - 44, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** Columns as wide as their longest text needs, within limits, so emails and phone numbers rarely wrap. */
export function columnWidths(table: { head: string[]; rows: string[][] }, width: number): number[] {
  const weights = table.head.map((head, column) =>
    Math.min(36, Math.max(10, head.length, ...table.rows.map((row) => (row[column] ?? '').length))),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((weight / total) * width));
}

function drawBlock(doc: PDFKit.PDFDocument, block: BriefingBlock, width: number, safe: (s: string) => string): void {
  const x = MARGIN.left;
  doc.fillColor(INK);
  switch (block.kind) {
    case 'facts': {
      const labelWidth = Math.round(width * 0.3);
      for (const row of block.rows) {
        const label = safe(row.label);
        const value = safe(row.value);
        doc.font(BOLD).fontSize(10);
        const labelHeight = doc.heightOfString(label, { width: labelWidth - 8 });
        doc.font(FONT).fontSize(10);
        const valueHeight = doc.heightOfString(value, { width: width - labelWidth });
        if (doc.y + Math.max(labelHeight, valueHeight) > doc.page.height - MARGIN.bottom) doc.addPage();
        const top = doc.y;
        doc.font(BOLD).text(label, x, top, { width: labelWidth - 8 });
        doc.font(FONT).text(value, x + labelWidth, top, { width: width - labelWidth });
        doc.y = top + Math.max(labelHeight, valueHeight) + 4;
      }
      break;
    }
    case 'paragraphs':
      doc.font(FONT).fontSize(10.5);
      for (const paragraph of block.text.split(/\n\s*\n/)) {
        doc.text(safe(paragraph.trim()), x, doc.y, { width });
        doc.moveDown(0.5);
      }
      break;
    case 'none':
      doc.font('Helvetica-Oblique').fontSize(10.5).fillColor(SECONDARY).text(safe(block.text), x, doc.y, { width });
      doc.fillColor(INK).moveDown(0.5);
      break;
    case 'table': {
      doc.moveDown(0.3);
      if (doc.y > doc.page.height - MARGIN.bottom - 60) doc.addPage();
      doc.font(BOLD).fontSize(11).text(safe(block.caption), x, doc.y, { width });
      doc.moveDown(0.2);
      doc.font(FONT).fontSize(9);
      doc.table({
        position: { x, y: doc.y },
        maxWidth: width,
        columnStyles: columnWidths(block, width),
        defaultStyle: { border: 0.5, borderColor: RULE, padding: [3, 4, 3, 4] },
        data: [
          block.head.map((text) => ({ text: safe(text), type: 'TH' as const, font: { family: BOLD, size: 9 } })),
          ...block.rows.map((row) => row.map((text) => ({ text: safe(text), font: { family: FONT, size: 9 } }))),
        ],
      });
      doc.x = x;
      doc.moveDown(0.6);
      break;
    }
  }
}
