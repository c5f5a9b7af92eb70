import { inflateSync } from 'node:zlib';

const WIN_ANSI = new TextDecoder('windows-1252');

/**
 * The text a PDF that Lantern made shows, one line per text operation, read back from its content
 * streams (deflated or not). Only for PDFs drawn with the built-in fonts, whose text pdfkit writes as
 * hex strings in TJ arrays: enough for tests to check what a briefing pack says, not a general parser.
 */
export function pdfText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  const streamStart = /<<((?:(?!>>)[\s\S])*)>>\s*stream\r?\n/g;
  for (let match = streamStart.exec(source); match; match = streamStart.exec(source)) {
    const length = /\/Length (\d+)/.exec(match[1]);
    if (!length) continue;
    const start = match.index + match[0].length;
    let data = pdf.subarray(start, start + Number(length[1]));
    if (/\/Filter\s*\/FlateDecode/.test(match[1])) data = inflateSync(data);
    const content = data.toString('latin1');
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ/g)) {
      const text = [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((hex) => WIN_ANSI.decode(Buffer.from(hex[1], 'hex')))
        .join('');
      lines.push(text);
    }
  }
  return lines;
}
