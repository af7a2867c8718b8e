/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { frames, input, until, viewport } from './input';
import { openSite } from './site';
import type { Translation } from '../../src/data/translation-types';

// The editions of the built site (npm run build, which writes fa/, ru/ and uk/ beside the English
// pages): each runs from its own folder, with the assets they all share one level up.

type Chart = HTMLElement & { selectedId: string | null; pinned: boolean };
const KYIV = '2022-10-17-kyiv-drone-strikes';
const MOSCOW = '2022-10-06-moscow-agreement';
const translation = async (e: string) => (await (await fetch(`/data/events.${e}.json`)).json()) as Translation;

async function open(path: string) {
  const frame = await openSite(`/dist/${path}`, { width: 1280, height: 800 });
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: win.document, chart: win.document.querySelector('timeline-chart') as Chart };
}
const cardText = (chart: Chart) => chart.shadowRoot?.querySelector('event-card[variant=full]')?.shadowRoot?.textContent ?? '';

describe('editions', () => {
  before(() => viewport({ width: 1280, height: 800 }));

  it('fa/?event= opens the event, its card in Persian, in a right-to-left page', async () => {
    const fa = await translation('fa');
    const o = await open(`fa/?event=${KYIV}`);
    expect(o.doc.documentElement.lang).to.equal('fa');
    expect(o.doc.documentElement.dir).to.equal('rtl');
    await until(() => o.chart.pinned, 'the card to open');
    expect(o.chart.selectedId).to.equal(KYIV);
    await until(() => cardText(o.chart).includes(fa.events[KYIV].summary.slice(0, 40)), 'the card to show the Persian summary', 8000);
    expect(cardText(o.chart)).to.include(fa.events[KYIV].title);
  });

  it('an event page of an edition reads another event\'s details from the shared month scripts', async () => {
    const ru = await translation('ru');
    const o = await open(`ru/events/${KYIV}/?event=${MOSCOW}`);
    await until(() => o.chart.selectedId === MOSCOW, 'the linked event to be selected');
    await until(() => cardText(o.chart).includes(ru.events[MOSCOW].summary.slice(0, 40)), 'the card to show the Russian summary', 8000);
  });

  it('the language switch takes the reader\'s view along once the page is wired', async () => {
    const o = await open(`uk/?event=${KYIV}`);
    await until(() => o.chart.pinned, 'the card to open');
    const english = o.doc.querySelector<HTMLAnchorElement>('nav.language-switch a[hreflang="en"]')!;
    expect(english.getAttribute('href')).to.equal('../');
    await until(() => Boolean(o.win.Timeline), 'the lazy part', 8000);
    english.focus();
    await frames(1);
    expect(english.getAttribute('href')).to.equal(`../?event=${KYIV}`);
    expect(o.doc.querySelector('nav.language-switch a[aria-current="page"]')?.getAttribute('hreflang')).to.equal('uk');
  });

  it('the embed builder of the Persian page offers the Persian embed, with its embed.js', async () => {
    const o = await open('fa/');
    await until(() => Boolean(o.win.Timeline), 'the lazy part', 8000);
    // The page scrolls what it brings into view below the sticky chart once it has measured it
    // (the lazy part can be here before that first measure, on the frame after the page loaded).
    await until(() => getComputedStyle(o.doc.documentElement).scrollPaddingTop !== '0px', 'the sticky chart measured');
    const button = o.doc.getElementById('embed-button') as HTMLButtonElement;
    button.scrollIntoView({ block: 'center' });
    await frames(2);
    const r = button.getBoundingClientRect();
    const f = o.frame.getBoundingClientRect();
    await input({ type: 'click', x: Math.round(f.left + r.left + r.width / 2), y: Math.round(f.top + r.top + r.height / 2) });
    const root = () => o.doc.querySelector('embed-builder')?.shadowRoot;
    await until(() => Boolean(root()?.querySelector('dialog[open] textarea')), 'the builder to open', 8000);
    const snippet = root()!.querySelector('textarea')!.value;
    expect(snippet).to.include(`${location.origin}/dist/fa/embed.html`);
    expect(snippet).to.not.match(/\/dist\/embed\.html/);
    const script = /src="([^"]*embed\.js)"/.exec(snippet)?.[1];
    if (script) expect((await fetch(script)).ok, script).to.equal(true);
  });
});
