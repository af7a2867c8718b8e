import { describe, expect, it } from 'vitest';
import { renderEventItem, renderEventList } from '../../src/render/event-list';
import { buildModel } from '../../src/data/timeline-model';
import type { TimelineEvent } from '../../src/data/types';
import { makeEvent, onDay } from './make-event';

const href = (id: string) => `#event=${id}`;
const count = (text: string, needle: string) => text.split(needle).length - 1;

const delivery = makeEvent('shaheds-arrive', { precision: 'month', month: '2022-08' }, {
  kind: 'delivery',
  title: 'Shaheds arrive',
  figures: [{ value: 1700, qualifier: 'more than', unit: 'drones', counts: 'drones ordered', by: 'Officials' }],
  claims: [{ by: 'Iran', stance: 'denies', text: 'Says none were sent.' }],
  disagreements: [{ about: 'figure', note: 'Counts differ.' }],
  sources: [
    { outlet: 'Good Wire', headline: 'Verified link', published: '2022-10-07', url: 'https://example.com/good', verified: true, article: 'a.txt' },
    { outlet: 'Other Wire', headline: 'Unverified link', published: '2022-10', url: 'https://example.com/maybe', verified: false, article: 'b.txt' },
    { outlet: 'Print Only', headline: 'No link', published: '2022-10-09', article: 'c.txt', quote: { text: 'We saw them.', by: 'A witness' } },
  ],
});
const strike = makeEvent('kyiv-strike', onDay('2022-10-17'), { kind: 'strike', title: 'Strike on Kyiv' });
const early = makeEvent('early-report', onDay('2022-07-13'), { title: 'Early report' });

function render(events: TimelineEvent[]) {
  return renderEventList(buildModel({ events }).events, href).value;
}

describe('renderEventList', () => {
  it('renderEventList renders one ordered list', () => {
    const out = render([delivery, strike]);
    expect(out.startsWith('<ol class="event-list">')).toBe(true);
    expect(out.endsWith('</ol>')).toBe(true);
    expect(count(out, '<ol')).toBe(1);
  });

  it('renderEventList renders one item per event, in date order', () => {
    const out = render([strike, delivery, early]);
    expect(count(out, '<li class="event ')).toBe(3);
    const at = ['early-report', 'shaheds-arrive', 'kyiv-strike'].map((id) => out.indexOf(`id="event-${id}"`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('renderEventList renders an empty list for no events', () => {
    expect(renderEventList([], href).value).toBe('<ol class="event-list"></ol>');
  });

  it('renderEventList dates each event with a machine-readable <time datetime>', () => {
    const out = render([delivery, strike]);
    expect(out).toContain('<time datetime="2022-10-17">17 October 2022</time>');
    expect(out).toContain('<time datetime="2022-08">August 2022</time>');
  });

  it('renderEventList dates each source with its publication day or month', () => {
    const out = render([delivery]);
    expect(out).toContain('<time datetime="2022-10-07">7 October 2022</time>');
    expect(out).toContain('<time datetime="2022-10">October 2022</time>');
  });

  it('renderEventList links each titled event to its deep link', () => {
    expect(render([strike])).toContain('<a class="event-link" href="#event=kyiv-strike" dir="auto">Strike on Kyiv</a>');
  });

  it('renderEventList opens source links in a new tab without giving it the opener or referrer', () => {
    const out = render([delivery]);
    const links = out.match(/<a href="https:[^>]*>/g) ?? [];
    expect(links).toHaveLength(2);
    for (const a of links) {
      expect(a).toContain('rel="noopener noreferrer"');
      expect(a).toContain('target="_blank"');
    }
  });

  it('renderEventList cites a source without a link by its headline', () => {
    expect(render([delivery])).toContain('<cite dir="auto">No link</cite>');
  });

  it('renderEventList warns about an unverified link, and only about that one', () => {
    const out = render([delivery]);
    expect(count(out, 'Link not verified.')).toBe(1);
    const item = out.slice(out.indexOf('Other Wire'));
    expect(item.slice(0, item.indexOf('</li>'))).toContain('<span class="caveat">Link not verified.</span>');
  });

  it('renderEventList shows figures, claims, disagreements and quotes in words', () => {
    const out = render([delivery]);
    expect(out).toContain('<li>more than 1,700 drones: drones ordered (Officials)</li>');
    expect(out).toContain('<span class="stance stance-denies">Denies:</span> <bdi>Iran</bdi>: Says none were sent.');
    expect(out).toContain('<strong>Figures differ.</strong> Counts differ.');
    expect(out).toContain('<blockquote><p dir="auto">“We saw them.”</p><footer><bdi>A witness</bdi></footer></blockquote>');
  });

  it('renderEventList labels each event with its kind', () => {
    const out = render([delivery, strike]);
    expect(out).toContain('<span class="kind">Delivery</span>');
    expect(out).toContain('<span class="kind">Strike</span>');
  });

  it('renderEventList escapes hostile text from the data', () => {
    const hostile = makeEvent('x', onDay('2022-10-06'), {
      title: '<img src=x onerror=alert(1)>',
      summary: '</p><script>alert(2)</script>',
      actors: ['Iran'],
      claims: [{ by: '"><svg onload=alert(3)>', stance: 'asserts', text: 'x & y' }],
      sources: [{ outlet: '<b>Outlet</b>', headline: 'a"b', published: '2022-10-07', url: 'https://example.com/?q="><script>', verified: true, article: 'x.txt' }],
    });
    const out = render([hostile]);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<svg');
    expect(out).not.toContain('<b>Outlet');
    expect(out).toContain('x &amp; y');
    expect(out).toContain('href="https://example.com/?q=&quot;&gt;&lt;script&gt;"');
  });

  it('renderEventList escapes the deep link it is given', () => {
    const out = renderEventList(buildModel({ events: [strike] }).events, () => '"><script>x</script>').value;
    expect(out).toContain('href="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });
});

describe('renderEventItem', () => {
  it('renderEventItem ties the article to its heading for assistive technology', () => {
    const [item] = buildModel({ events: [strike] }).events;
    const out = renderEventItem(item.event, '#x').value;
    expect(out).toContain('<article aria-labelledby="title-kyiv-strike">');
    expect(out).toContain('<h3 id="title-kyiv-strike">');
  });
});

describe('renderEventItem shows where each source link goes', () => {
  const lookalike = makeEvent('lookalike', onDay('2022-10-07'), {
    sources: [{ outlet: 'Apple', headline: 'Looks like apple.com', published: '2022-10-07', url: 'https://аррӏе.com/news', verified: true, article: 'a.txt' }],
  });

  it('renderEventItem puts the host, in ASCII, right after each link', () => {
    const out = renderEventItem(lookalike, '#').value;
    expect(out).toContain('>Looks like apple.com</a> <span class="host">(<bdi>xn--80ak6aa92e.com</bdi>)</span>');
  });

  it('renderEventItem adds no host for a source without a link', () => {
    const out = renderEventItem(delivery, '#').value;
    expect(count(out, 'class="host"')).toBe(2);
    expect(out).toContain('<span class="host">(<bdi>example.com</bdi>)</span>');
  });
});

describe('mixed-direction text in the list', () => {
  it('isolates outlets, hosts, people, headlines and titles so Latin and Persian text never reorder each other', () => {
    const e = makeEvent('mixed', onDay('2022-10-06'), {
      title: 'بیانیهٔ CNN',
      claims: [{ by: 'Karine Jean-Pierre', stance: 'asserts', text: 'متن' }],
      sources: [{ outlet: 'The Hill', headline: 'Iran (2022)', published: '2022-10-18', url: 'https://thehill.com/a', article: 'a.txt', quote: { text: 'Quote', by: 'A spokesman' } }],
    });
    const out = render([e]);
    for (const text of ['The Hill', 'thehill.com', 'Karine Jean-Pierre', 'A spokesman']) expect(out).toContain(`<bdi>${text}</bdi>`);
    expect(out).toMatch(/<a [^>]*dir="auto">Iran \(2022\)<\/a>/);
    expect(out).toMatch(/<a class="event-link" [^>]*dir="auto">بیانیهٔ CNN<\/a>/);
  });
});
