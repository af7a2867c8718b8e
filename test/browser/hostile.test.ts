/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { until } from './input';
import { openSite } from './site';
import { expectNoAxeViolations } from './axe';

// A site built from test/fixtures/hostile/text.json: markup and script in every text field,
// right-to-left overrides, zero-width characters, a 5,000-character title, emoji.
const SITE = '/test/.hostile-site/';

declare global {
  interface Window {
    __pwned?: number;
  }
}

async function open(width: number, path = 'index.html') {
  const frame = await openSite(`${SITE}${path}`, { width, title: 'hostile site' });
  const doc = frame.contentDocument!;
  return { frame, doc, chart: doc.querySelector('timeline-chart') as HTMLElement & { select(id: string, o: object): void } };
}

describe('a hostile data file', () => {
  it('shows every string literally and runs none of it', async () => {
    const { doc, chart } = await open(1000);
    for (const id of ['hostile-1', 'hostile-2', 'hostile-3']) {
      chart.select(id, { pin: true });
      const tip = chart.shadowRoot!.querySelector('event-card[variant=full]')!;
      await until(() => (tip.shadowRoot?.textContent ?? '').includes('onerror='), `the card of ${id} to show the markup as text`);
      expect(tip.shadowRoot!.querySelector('img, script')).to.equal(null);
    }
    expect(doc.querySelector('.event-list img, .event-list script, h1 img')).to.equal(null);
    expect(doc.querySelector('h1')!.textContent).to.contain('<img src=x onerror=');
    expect(doc.title).to.contain('<script>');
    expect(doc.querySelector('#event-hostile-1 .summary')!.textContent).to.contain('\u202E');
    await new Promise((r) => setTimeout(r, 300));
    expect(window.__pwned).to.equal(undefined);
  });

  for (const width of [1000, 320]) {
    it(`keeps its layout at ${width} px: no horizontal scroll, the long title clipped, the card on screen`, async () => {
      const { frame, doc, chart } = await open(width);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      const labels = [...chart.shadowRoot!.querySelectorAll('text.label')].map((t) => t.textContent ?? '');
      for (const l of labels) expect(l.length).to.be.below(200);
      chart.select('hostile-2', { pin: true });
      const tip = chart.shadowRoot!.querySelector('event-card[variant=full]')!;
      await until(() => tip.hasAttribute('open') && tip.getBoundingClientRect().width > 0, 'the long card');
      await new Promise((r) => setTimeout(r, 200));
      const r = tip.getBoundingClientRect();
      expect(r.left).to.be.at.least(0);
      expect(r.right).to.be.at.most(frame.clientWidth);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    });
  }

  it('has no axe violations', async () => {
    const { doc } = await open(1000);
    // axe runs in this page; point it at the framed document.
    await expectNoAxeViolations(doc);
  });
});
