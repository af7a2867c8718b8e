/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { frames, input, until, viewport } from './input';
import { mountTimeline, type Mounted } from './fixture';
import { expectNoAxeViolations } from './axe';
import { useDateEdition } from '../../src/time/date-label';
import type { EventCard } from '../../src/components/event-card';

// The chart in a Persian page (<html lang="fa" dir="rtl">) with the real data, at desktop and
// phone sizes: the controls mirror, the plot keeps time left to right with a Solar Hijri axis in
// Persian, nothing leaves the screen, the legend's arrows follow the reading direction.

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const LATIN_DIGIT = /[0-9]/;
const PERSIAN_DIGIT = /[\u06f0-\u06f9]/;

for (const size of SIZES) {
  describe(`the Persian edition's chart, right to left, at ${size.width}×${size.height}`, () => {
    let m: Mounted;
    beforeEach(async () => {
      await viewport(size);
      document.body.style.margin = '0';
      m = await mountTimeline();
      document.documentElement.lang = 'fa';
      document.documentElement.dir = 'rtl';
      useDateEdition('fa');
      m.chart.draw();
      await frames(3);
    });
    afterEach(async () => {
      document.documentElement.dir = '';
      document.documentElement.lang = 'en';
      useDateEdition('en');
      await viewport();
    });

    it('mirrors the toolbar and the legend: the first item at the right', () => {
      const sr = m.shadow;
      const toolbar = sr.querySelector('.toolbar')!.getBoundingClientRect();
      const zoom = sr.querySelector('.zoom')!.getBoundingClientRect();
      expect(zoom.right, 'the zoom buttons start the toolbar, at its right').to.be.closeTo(toolbar.right, 1);
      const legend = sr.querySelector('.legend')!.getBoundingClientRect();
      const [first, second] = [...sr.querySelectorAll('.legend li')].map((li) => li.getBoundingClientRect());
      expect(first.right, 'the first kind at the legend’s right').to.be.closeTo(legend.right, 1);
      if (Math.abs(first.top - second.top) < 2) expect(second.right, 'the second kind left of the first').to.be.lessThan(first.left);
    });

    it('keeps time left to right in the plot, with Solar Hijri ticks labelled in Persian', () => {
      const sr = m.shadow;
      const ticks = [...sr.querySelectorAll<SVGGElement>('g.axis g.fine g.tick')];
      const xs = ticks.map((t) => t.getBoundingClientRect().left);
      for (let i = 1; i < xs.length; i++) expect(xs[i], 'later ticks further right').to.be.greaterThan(xs[i - 1]);
      const fine = ticks.map((t) => t.textContent ?? '').filter(Boolean);
      const context = [...sr.querySelectorAll('g.axis g.context text')].map((t) => t.textContent ?? '').filter(Boolean);
      const all = [...fine, ...context].join(' ');
      expect(all, all).to.match(PERSIAN_DIGIT);
      expect(all, all).not.to.match(LATIN_DIGIT);
      // Each Persian label is isolated in the left-to-right plot, so '۹ مهر' reads right to left.
      for (const label of [...fine, ...context]) expect(label.startsWith('\u2068') && label.endsWith('\u2069'), label).to.equal(true);
      expect(PERSIAN_MONTHS.some((name) => all.includes(name)) || context.some((c) => /^۱۴۰[۰-۳]$/.test(c)), all).to.equal(true);
      // Under months and seasons the context row names Solar Hijri years: each turns at Nowruz (19–22 March), never on 1 January.
      const svg = sr.querySelector('svg.chart')!.getBoundingClientRect();
      const [w0, w1] = m.chart.visibleWindow()!;
      const boundaries = [...sr.querySelectorAll<SVGLineElement>('g.axis g.context line')].map((l) => Number(l.getAttribute('x1'))).filter((x) => x >= 0);
      const plan = sr.querySelector('g.axis')!.getAttribute('data-ticks');
      expect(['month', 'quarter'], `the whole span is drawn with ${plan} ticks`).to.include(plan);
      expect(boundaries.length, 'a year boundary in view').to.be.greaterThan(0);
      for (const x of boundaries) {
        const day = new Date(w0 + (x / svg.width) * (w1 - w0));
        expect([day.getUTCMonth(), day.getUTCDate()], day.toISOString()).to.satisfy(([mo, d]: number[]) => mo === 2 && d >= 19 && d <= 22);
      }
    });

    it('keeps every control and the open card on screen', async () => {
      const ids = m.model.events.map((e) => e.event.id);
      m.chart.select(ids[Math.floor(ids.length / 2)], { pin: true, center: true });
      const card = m.shadow.querySelector<EventCard>('event-card[variant=full]')!;
      await until(() => card.open && card.getBoundingClientRect().width > 0, 'the full card');
      await frames(3);
      const inside = (el: Element, what: string) => {
        const r = el.getBoundingClientRect();
        if (!r.width) return;
        expect(r.left, `${what} left`).to.be.at.least(-0.5);
        expect(r.right, `${what} right`).to.be.at.most(innerWidth + 0.5);
      };
      for (const b of m.shadow.querySelectorAll('button')) inside(b, `button ${b.textContent}`);
      inside(card, 'the full card');
      for (const b of card.shadowRoot!.querySelectorAll('button')) inside(b, `card button ${b.textContent}`);
    });

    it('ArrowLeft in the legend moves to the next kind, ArrowRight back', async () => {
      const first = m.shadow.querySelector<HTMLButtonElement>('.legend button[data-kind="delivery"]')!;
      first.focus();
      await input({ type: 'press', key: 'ArrowLeft' });
      expect(m.shadow.activeElement?.getAttribute('data-kind')).to.equal('agreement');
      await input({ type: 'press', key: 'ArrowRight' });
      expect(m.shadow.activeElement?.getAttribute('data-kind')).to.equal('delivery');
    });

    it('ArrowLeft moves to the next zoom button; Previous / Next keep the plot’s left-to-right order', async () => {
      const [zoomIn, zoomOut] = m.shadow.querySelectorAll<HTMLButtonElement>('.zoom:not(.steps) button');
      expect(zoomIn.getBoundingClientRect().left, 'zoom in at the right').to.be.greaterThan(zoomOut.getBoundingClientRect().left);
      zoomIn.focus();
      await input({ type: 'press', key: 'ArrowLeft' });
      expect(m.shadow.activeElement).to.equal(zoomOut);
      const prev = m.shadow.querySelector<HTMLButtonElement>('.steps .prev')!;
      const next = m.shadow.querySelector<HTMLButtonElement>('.steps .next')!;
      expect(prev.getBoundingClientRect().left, 'Previous (earlier) on the left, as in the plot').to.be.lessThan(next.getBoundingClientRect().left);
      next.focus();
      await input({ type: 'press', key: 'ArrowLeft' });
      expect(m.shadow.activeElement).to.equal(prev);
    });

    it('has no axe violations', async () => {
      await expectNoAxeViolations();
    });
  });
}
