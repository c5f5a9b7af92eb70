import { createHash } from 'node:crypto';
import type { BriefingPack } from './briefing-pack';
import { BriefingBlock, briefingDocument, BriefingDocument } from './briefing-content';

/**
 * The briefing pack as a printable HTML page: no script, every value escaped, and a small
 * stylesheet of its own in GOV.UK Design System colours and type (the web app's GOV.UK Frontend
 * CSS is bundled under a hashed name by Vite and is absent when the API runs alone, so the page
 * does not depend on it).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

const STYLE = `
:root { color: #0b0c0c; background: #fff; }
body { margin: 0; font-family: arial, sans-serif; font-size: 1rem; line-height: 1.4; }
.marking { margin: 0; padding: 0.4rem 1rem; background: #0b0c0c; color: #fff; font-weight: 700; text-align: center; letter-spacing: 0.05em; }
main { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 2rem; }
h1 { font-size: 2rem; line-height: 1.1; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid #b1b4b6; }
.subtitle, .footnote, .none { color: #505a5f; }
.none { font-style: italic; }
.actions a { color: #1d70b8; margin-right: 1rem; }
.actions a:focus { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
.text { white-space: pre-line; margin: 0 0 0.75rem; }
dl { margin: 0 0 1rem; }
dl > div { display: flex; flex-wrap: wrap; border-bottom: 1px solid #b1b4b6; padding: 0.4rem 0; }
dt { font-weight: 700; flex: 0 0 30%; padding-right: 1rem; box-sizing: border-box; }
dd { margin: 0; flex: 1 1 60%; white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.8rem 0.4rem 0; border-bottom: 1px solid #b1b4b6; }
thead th { border-bottom-width: 2px; }
footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem 1rem; }
@page { size: A4; margin: 18mm 15mm;
  @top-center { content: "OFFICIAL-SENSITIVE"; font: 700 9pt arial, sans-serif; }
  @bottom-center { content: "OFFICIAL-SENSITIVE"; font: 700 9pt arial, sans-serif; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt arial, sans-serif; } }
@media print {
  body { font-size: 10.5pt; }
  .actions { display: none; }
  .marking { background: none; color: #000; border: 1px solid #000; }
  main, footer { max-width: none; padding: 0; }
  h1 { font-size: 18pt; margin-top: 0.5rem; }
  h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
  caption { break-after: avoid; }
  tr, dl > div { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #000; text-decoration: none; }
}
`;

/**
 * The Content-Security-Policy the page is served with: nothing but its own stylesheet, by hash.
 * The API's default policy refuses inline styles, so the controller sends this one instead.
 */
export const BRIEFING_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function renderBlock(block: BriefingBlock): string {
  switch (block.kind) {
    case 'facts':
      return `<dl>${block.rows
        .map((row) => `<div><dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'paragraphs':
      return block.text
        .split(/\n\s*\n/)
        .map((paragraph) => `<p class="text">${escapeHtml(paragraph.trim())}</p>`)
        .join('');
    case 'none':
      return `<p class="none">${escapeHtml(block.text)}</p>`;
    case 'table':
      return [
        `<table><caption>${escapeHtml(block.caption)}</caption>`,
        `<thead><tr>${block.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          ([first, ...rest]) =>
            `<tr><th scope="row">${escapeHtml(first ?? '')}</th>${rest.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
        ),
        '</tbody></table>',
      ].join('');
  }
}

export interface BriefingPageLinks {
  /** Relative or absolute addresses of the other forms of the pack, offered on screen (not in print). */
  pdf: string;
  invite: string;
}

export function renderBriefingPage(pack: BriefingPack, links: BriefingPageLinks): string {
  return renderDocumentPage(briefingDocument(pack), links);
}

export function renderDocumentPage(content: BriefingDocument, links: BriefingPageLinks): string {
  const marking = escapeHtml(content.marking);
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(content.title)} - ${marking} - Lantern</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><p class="marking">${marking}</p></header>`,
    '<main>',
    `<h1>${escapeHtml(content.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(content.subtitle)}</p>`,
    '<p class="actions">',
    `<a href="${escapeHtml(links.pdf)}" download>Download the briefing pack (PDF)</a>`,
    `<a href="${escapeHtml(links.invite)}" download>Add the visit to your calendar</a>`,
    '</p>',
    ...content.sections.map(
      (section) =>
        `<section aria-labelledby="${section.id}"><h2 id="${section.id}">${escapeHtml(section.heading)}</h2>` +
        `${section.blocks.map(renderBlock).join('')}</section>`,
    ),
    '</main>',
    `<footer><p class="footnote">${escapeHtml(content.footnote)}</p><p class="marking">${marking}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
