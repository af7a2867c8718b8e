import { describe, expect, it } from 'vitest';
import { allCorrections, fillReaderLinks, readerPageFiles, renderCorrections, renderMethod, renderReaderLinks } from '../../src/build/reader-pages';
import { buildModel } from '../../src/data/timeline-model';
import type { TimelineData } from '../../src/data/types';
import { makeEvent, onDay } from './make-event';

const data: TimelineData = {
  title: 'A <story>',
  description: 'D',
  updated: '2026-11-30',
  texts: [{ article: 'a.txt', outlet: 'Wire', headline: 'Head', published: '2022-11-19/2022-11-21', url: 'https://example.com/a', origin: 'A rewrite.', dating: "'Saturday' is 19 November." }],
  events: [
    makeEvent('late', onDay('2022-12-01'), { corrections: [{ date: '2026-11-30', change: 'Late change.', reason: 'R1.' }] }),
    makeEvent('early', onDay('2022-10-01'), {
      corrections: [
        { date: '2026-11-29', change: 'Older change.', reason: 'R0.' },
        { date: '2026-11-30', change: 'Early change.', reason: 'R2 <b>.' },
      ],
    }),
    makeEvent('plain', onDay('2022-11-01')),
  ],
};
const model = buildModel(data);
const mainPage = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /><link rel="icon" href="./assets/f.svg" /><link rel="stylesheet" href="./assets/s.css"></head></html>`;

describe('allCorrections', () => {
  it('allCorrections lists every correction, newest first, in date order within a day', () => {
    expect(allCorrections(model).map((c) => `${c.correction.date} ${c.event.id}`)).toEqual(['2026-11-30 early', '2026-11-30 late', '2026-11-29 early']);
  });
});

describe('renderReaderLinks and fillReaderLinks', () => {
  it('renderReaderLinks says when the data last changed and links the two pages with the number of corrections', () => {
    expect(renderReaderLinks(data, 3).value).toBe(
      '<p class="site-links">Last updated <time datetime="2026-11-30">30 November 2026</time>. <a href="./corrections/">Corrections (3)</a> <a href="./method/">How this timeline was made</a></p>',
    );
  });

  it('renderReaderLinks without an updated day gives the links only', () => {
    expect(renderReaderLinks({}, 0).value).not.toContain('Last updated');
  });

  it('fillReaderLinks fills the placeholder', () => {
    expect(fillReaderLinks('<header><!--timeline:reader-links--></header>', data, model)).toContain('Corrections (3)</a>');
  });
});

describe('renderCorrections', () => {
  it('renderCorrections gives each correction its date, event link and date, change and escaped reason', () => {
    const out = renderCorrections(data, model, (id) => `./events/${id}/`).value;
    expect(out).toContain('The data was last updated on <time datetime="2026-11-30">30 November 2026</time>.');
    expect(out).toContain(
      '<li class="correction" data-id="early"><p class="meta"><time datetime="2026-11-30">30 November 2026</time> · <a href="./events/early/">Title of early</a> (1 October 2022)</p>\n<p>Early change.</p><p class="why">Why: R2 &lt;b&gt;.</p></li>',
    );
    expect(out.match(/<li class="correction"/g)).toHaveLength(3);
  });

  it('renderCorrections says so when nothing was corrected', () => {
    const none = { ...data, events: [makeEvent('plain', onDay('2022-11-01'))] };
    expect(renderCorrections(none, buildModel(none), (id) => id).value).toContain('No event has been corrected.');
  });
});

describe('renderMethod', () => {
  it('renderMethod lists each text with where it came from and how its dates were read, and explains every stance', () => {
    const out = renderMethod(data).value;
    expect(out).toContain('<strong>Wire</strong>, <a href="https://example.com/a" rel="noopener noreferrer">Head</a>, <time datetime="2022-11">19–21 November 2022</time>. A rewrite.');
    expect(out).toContain('Dates: &#39;Saturday&#39; is 19 November.');
    for (const label of ['Asserts', 'Confirms', 'Acknowledges', 'Denies', 'Declines to comment']) expect(out).toContain(`<dt>${label}</dt>`);
    for (const heading of ['The texts', 'Dates', 'Sources and verified links', 'Claims and stances', 'Disagreements', 'Corrections', 'Reporting an error'])
      expect(out).toContain(`<h2>${heading}</h2>`);
  });
});

describe('readerPageFiles', () => {
  it('readerPageFiles writes both pages one folder deep, with the main page policy, styles and icon, and the links relocated', () => {
    const [corrections, method] = readerPageFiles(mainPage, data, model, true);
    expect(corrections.fileName).toBe('corrections/index.html');
    expect(method.fileName).toBe('method/index.html');
    for (const f of [corrections, method]) {
      expect(f.source).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`);
      expect(f.source).toContain('<link rel="stylesheet" href="../assets/s.css">');
      expect(f.source).toContain('<a href="../">A &lt;story&gt;</a>');
      expect(f.source).toContain('<a href="../corrections/">Corrections (3)</a>');
      expect(f.source).not.toContain('<!--timeline:');
    }
    expect(corrections.source).toContain('<a href="../events/early/">');
    expect(readerPageFiles(mainPage, data, model, false)[0].source).toContain('<a href="../?event=early">');
  });
});

describe('readerPageFiles in an edition', () => {
  it('readerPageFiles writes an edition\'s pages under its prefix, in its lang and dir, linking within it and to the shared assets one level up', () => {
    const files = readerPageFiles(mainPage, data, model, true, { edition: 'fa', editions: ['en', 'fa'], siteUrl: 'https://x.example/' });
    expect(files.map((f) => f.fileName)).toEqual(['fa/corrections/index.html', 'fa/method/index.html']);
    for (const f of files) {
      expect(f.source).toContain('<html lang="fa" dir="rtl">');
      expect(f.source).toContain('<link rel="stylesheet" href="../../assets/s.css">');
      expect(f.source).toContain('<a href="../corrections/">');
      expect(f.source).toContain('<nav class="language-switch"');
      expect(f.source).not.toContain('<!--timeline:');
      const page = new URL(f.fileName.replace('index.html', ''), 'https://x.example/');
      const alternates = [...f.source.matchAll(/<link rel="alternate" hreflang="([^"]*)" href="([^"]*)" \/>/g)].map((m) => [m[1], new URL(m[2], page).pathname]);
      const path = f.fileName.replace('fa/', '').replace('index.html', '');
      expect(alternates).toEqual([['en', `/${path}`], ['fa', `/fa/${path}`], ['x-default', `/${path}`]]);
    }
    expect(files[0].source).toContain('<a href="../events/early/">');
  });

  it('readerPageFiles in English alone writes no alternates and no switch', () => {
    for (const f of readerPageFiles(mainPage, data, model, true)) {
      expect(f.source).not.toContain('hreflang');
      expect(f.source).toContain('<html lang="en">');
    }
  });
});
