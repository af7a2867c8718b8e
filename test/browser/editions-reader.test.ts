/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, frames, inFrame, input, until, viewport, withTouch } from './input';
import { openAtSize, type Site } from './site';
import { expectNoAxeViolations } from './axe';

// The editions (issue 15) as their readers meet them, in the built site (npm run build): the
// Persian edition right to left and in the Solar Hijri calendar, on a desktop and on a phone with
// touch; a Solar Hijri deep link; the Persian embed in a right-to-left article on another origin;
// the Russian edition's plurals.

const KYIV = '2022-10-17-kyiv-drone-strikes';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Persian digits and the twelve Solar Hijri month names. */
const PERSIAN_DIGIT = /[۰-۹]/;
const SOLAR_MONTH = /فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/;

const open = openAtSize;

const shadow = (s: Site) => s.chart.shadowRoot!;
const box = (el: Element) => el.getBoundingClientRect();
/** The accessible name a control offers: its label, else its text. */
const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
/** An English word of the interface (three Latin letters or more). */
const LATIN_WORD = /[A-Za-z]{3,}/;

describe('the Persian edition, 1280 x 800', () => {
  after(() => viewport());

  it('is right to left and in Persian: page, controls, legend, and the axis in Solar Hijri months with Persian digits (axe 0)', async () => {
    const s = await open('fa/', DESKTOP);
    expect(s.doc.documentElement.lang).to.equal('fa');
    expect(s.doc.documentElement.dir).to.equal('rtl');
    expect(s.doc.querySelector('h1')!.textContent).to.match(/[\u0600-\u06FF]/);
    // Every control of the chart speaks Persian.
    const controls = [...shadow(s).querySelectorAll('.toolbar button')].filter((b) => box(b).width > 0);
    expect(controls.length, 'the toolbar has controls').to.be.at.least(6);
    for (const b of controls) expect(nameOf(b), `control "${nameOf(b)}"`).not.to.match(LATIN_WORD);
    // Mirrored: the toolbar starts at the right, the zoom buttons first, Previous/Next to their left.
    const toolbar = box(shadow(s).querySelector('.toolbar')!);
    const zoom = box(shadow(s).querySelector('.toolbar .zoom:not(.steps)')!);
    const steps = box(shadow(s).querySelector('.toolbar .steps')!);
    expect(toolbar.right - zoom.right, 'the zoom buttons at the right').to.be.lessThan(24);
    expect(steps.right, 'Previous/Next to the left of the zoom buttons').to.be.at.most(zoom.left + 1);
    const axis = [...shadow(s).querySelectorAll('g.axis text')].map((t) => t.textContent ?? '').join(' ');
    expect(axis, 'axis in Persian digits').to.match(PERSIAN_DIGIT);
    expect(axis, 'axis names Solar Hijri months').to.match(SOLAR_MONTH);
    expect(axis, 'no Latin digits on the axis').not.to.match(/[0-9]/);
    await expectNoAxeViolations(s.doc);
  });

  it('links to the other editions, and says its texts are translated from the English edition', async () => {
    const s = await open('fa/', DESKTOP);
    const links = [...s.doc.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
    const langs = links.map((a) => a.hreflang).sort();
    expect(langs).to.include.members(['en', 'ru', 'uk']);
    for (const a of links) {
      const r = await fetch(a.href);
      expect(r.ok, `${a.href} exists`).to.equal(true);
    }
    // The translation is marked, in Persian, where readers see it (near the top).
    const mark = s.doc.querySelector('.translated-note');
    expect(mark, 'a translation mark').to.not.equal(null);
    expect(box(mark!).top, 'the mark is near the top of the page').to.be.lessThan(DESKTOP.height);
  });

  it('the legend’s arrows follow the reading direction: ArrowLeft moves to the next kind', async () => {
    const s = await open('fa/', DESKTOP);
    const kinds = [...shadow(s).querySelectorAll<HTMLButtonElement>('.legend button[data-kind]')];
    kinds[0].focus();
    await input({ type: 'press', key: 'ArrowLeft' });
    expect(shadow(s).activeElement).to.equal(kinds[1]);
    expect(box(kinds[1]).right, 'the next kind sits to the left').to.be.at.most(box(kinds[0]).left + 1);
    await input({ type: 'press', key: 'ArrowRight' });
    expect(shadow(s).activeElement).to.equal(kinds[0]);
  });

  it('a deep link with a Solar Hijri date (Persian or Latin digits) opens that day', async () => {
    for (const date of ['1401-07-25', '۱۴۰۱-۰۷-۲۵']) {
      const s = await open(`fa/?date=${encodeURIComponent(date)}`, DESKTOP);
      await until(() => s.chart.selectedId === KYIV, `?date=${date} to select the Kyiv strikes of 17 October 2022`, 5000);
      expect(s.doc.querySelector('#notice:not([hidden])'), 'no notice').to.equal(null);
    }
  });
});

describe('the Persian edition on a 390 x 844 phone, with touch', () => {
  after(() => viewport());

  it('a tapped mark opens its card on screen, in Persian, with the Gregorian date beside the Solar Hijri one', async () => {
    const s = await open('fa/?date=2022-10', PHONE);
    s.chart.select(null);
    await frames(2);
    const mark = shadow(s).querySelector(`g.mark[data-id="${KYIV}"] path`)!;
    const fr = box(s.frame);
    const c = centre(mark);
    await withTouch(() => input({ type: 'touch', frames: [[[Math.round(fr.left + c.x), Math.round(fr.top + c.y)]]] }));
    await until(() => s.chart.pinned, 'the card to open', 5000);
    const card = shadow(s).querySelector('event-card[variant=full]')!;
    await until(() => (card.shadowRoot?.textContent ?? '').length > 40, 'the card to render');
    const r = box(card);
    expect(r.left, 'card inside the screen (left)').to.be.at.least(0);
    expect(r.right, 'card inside the screen (right)').to.be.at.most(PHONE.width);
    const text = card.shadowRoot!.textContent!;
    expect(text, 'Solar Hijri: 25 Mehr 1401').to.match(/۲۵ مهر ۱۴۰۱/);
    expect(text, 'the Gregorian date beside it').to.match(/۲۰۲۲/);
  });
});

describe('the Russian edition', () => {
  after(() => viewport());

  it('is left to right and in Russian, its counts in Russian plural forms', async () => {
    const s = await open('ru/?kind=strike,delivery', DESKTOP);
    expect(s.doc.documentElement.lang).to.equal('ru');
    expect(s.doc.documentElement.dir).to.equal('ltr');
    const controls = [...shadow(s).querySelectorAll('.toolbar button')].filter((b) => box(b).width > 0);
    for (const b of controls) expect(nameOf(b), `control "${nameOf(b)}"`).not.to.match(LATIN_WORD);
    const axis = [...shadow(s).querySelectorAll('g.axis text')].map((t) => t.textContent ?? '').join(' ');
    expect(axis).to.match(/[а-яё]/i);
    // The count of the filter bar, e.g. "9 из 33 событий": never the English words.
    await until(() => /\d/.test(s.doc.querySelector('.filters .count')?.textContent ?? ''), 'the count of events shown', 5000);
    const count = s.doc.querySelector('.filters .count')!.textContent!;
    expect(count).to.match(/\d/);
    expect(count).not.to.match(LATIN_WORD);
    await expectNoAxeViolations(s.doc);
  });
});

describe('the Persian embed in a right-to-left article on another origin, below the fold', () => {
  const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const REMOTE = `http://${otherHost}:${location.port}/dist/`;

  it('embed.js sizes it before the reader scrolls to it; inside, it is right to left', async () => {
    await viewport(DESKTOP);
    document.body.innerHTML = '';
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'fa';
    try {
      const main = document.body.appendChild(document.createElement('main'));
      main.style.width = '680px';
      const spacer = main.appendChild(document.createElement('div'));
      spacer.style.height = '1500px';
      const frame = main.appendChild(document.createElement('iframe'));
      for (const [k, v] of Object.entries({ title: 'خط زمانی', width: '100%', height: '150', loading: 'lazy', 'data-timeline-embed': '' })) frame.setAttribute(k, v);
      frame.style.cssText = 'width:100%;border:0';
      frame.src = `${REMOTE}fa/embed.html`;
      main.appendChild(document.createElement('div')).style.height = '1500px';
      const s = Object.assign(document.createElement('script'), { src: `${REMOTE}embed.js` });
      document.head.append(s);
      expect(frame.getBoundingClientRect().top, 'the frame starts off screen').to.be.greaterThan(window.innerHeight);
      await until(() => frame.getBoundingClientRect().height > 300, 'embed.js to size the off-screen frame', 10000);
      expect(window.scrollY, 'no scroll happened').to.equal(0);
      expect(await inFrame<string>('fa/embed.html', 'document.documentElement.dir')).to.equal('rtl');
      const h = await inFrame<number>('fa/embed.html', 'Math.ceil(document.body.getBoundingClientRect().bottom + scrollY)');
      await until(() => Math.abs(frame.getBoundingClientRect().height - h) <= 1, `frame height to equal its content ${h}`, 5000);
      s.remove();
    } finally {
      document.documentElement.dir = '';
      document.documentElement.lang = 'en';
    }
  });
});
