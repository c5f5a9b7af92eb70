import { createHash } from 'node:crypto';
import { BRIEFING_PAGE_CSP, escapeHtml, renderBriefingPage } from './briefing-page';
import { samplePack } from './briefing.fixture';

const links = { pdf: 'briefing.pdf', invite: 'invite.ics' };

describe('the briefing pack as a printable page', () => {
  it('is a complete English page with a title, headings and the marking', () => {
    const html = renderBriefingPage(samplePack(), links);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain(
      '<title>Joint visit briefing: Flat above Quick Bites - OFFICIAL-SENSITIVE - Lantern</title>',
    );
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="people">Linked people</h2>');
    expect(html.match(/<p class="marking">OFFICIAL-SENSITIVE<\/p>/g)).toHaveLength(2);
    expect(html).toContain('@media print');
  });

  it('uses table headers with scope for every table', () => {
    const html = renderBriefingPage(samplePack(), links);
    expect(html).toContain('<caption>People linked to the premises</caption>');
    expect(html).toContain('<th scope="col">Date of birth</th>');
    expect(html).toContain('<tr><th scope="row">Sam Example</th><td>Sammy, S</td>');
    expect(html).not.toMatch(/<th>/);
  });

  it('escapes every value, so a name cannot become markup', () => {
    const pack = samplePack();
    pack.premises.name = '<script>alert(1)</script>';
    pack.people[0].fullName = '"><img src=x onerror=alert(1)>';
    pack.plan.briefingNotes = "Bring the O'Neill file & <b>torches</b>";
    const html = renderBriefingPage(pack, links);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Bring the O&#39;Neill file &amp; &lt;b&gt;torches&lt;/b&gt;');
  });

  it('allows its own stylesheet, by hash, and nothing else', () => {
    const html = renderBriefingPage(samplePack(), links);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1];
    const hash = createHash('sha256').update(style).digest('base64');
    expect(BRIEFING_PAGE_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(BRIEFING_PAGE_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|\son\w+=|style="/);
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
