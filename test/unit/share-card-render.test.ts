import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { el, type CardNode } from '../../src/build/share-card/card-node';
import { cardLook } from '../../src/build/share-card/card-look';
import { clamped } from '../../src/build/share-card/card-parts';
import { planCards } from '../../src/build/share-card/card-plan';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/build/share-card/card-size';
import { cardPainter, cardRenderer } from '../../src/build/share-card/render-card';
import { localizeEvent } from '../../src/data/localize-event';
import { buildModel } from '../../src/data/timeline-model';
import type { Translation } from '../../src/data/translation-types';
import type { TimelineData } from '../../src/data/types';
import type { Edition } from '../../src/time/locale-dates';

// Real renders of the editions' cards, and checks that the Persian text is shaped (letters joined)
// and ordered right to left: each check fails with a renderer that draws letters one by one.
const root = new URL('../..', import.meta.url).pathname;
const paint = cardPainter(root);
const render = cardRenderer(root);
const english = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as TimelineData;

/** Our story in an edition, as the build gives it to the cards. */
function edition(ed: Exclude<Edition, 'en'>) {
  const t = JSON.parse(readFileSync(new URL(`../../data/events.${ed}.json`, import.meta.url), 'utf8')) as Translation;
  const local = english.events.map((e) => localizeEvent(e, t));
  const data: TimelineData = { ...english, title: t.title, description: t.description, events: local.map((l) => l.event) };
  const labels = Object.fromEntries(local.flatMap((l) => (l.dateLabel ? [[l.event.id, l.dateLabel]] : [])));
  return planCards(data, buildModel(data), true, ed, labels);
}

/** A PNG's size, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The ink of an image: which pixels are darker than the page, and the columns they span. */
function ink(image: { pixels: Buffer; width: number; height: number }) {
  const dark = new Uint8Array(image.width * image.height);
  let left = Infinity;
  let right = -Infinity;
  // resvg makes a new copy of the pixels on every read of `pixels`: read them once.
  const p = image.pixels;
  for (let i = 0; i < dark.length; i++) {
    if (p[4 * i] + p[4 * i + 1] + p[4 * i + 2] < 3 * 200) {
      dark[i] = 1;
      const x = i % image.width;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { dark, left, right, count: dark.reduce((a, b) => a + b, 0) };
}

/** A card holding one line of text, set as an edition sets it (Persian: right to left, right-aligned). */
function line(text: string, ed: Edition): CardNode {
  const look = cardLook(ed);
  const style = { display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, padding: 60, backgroundColor: '#ffffff', color: '#000000', fontFamily: look.font };
  return el('div', look.rtl ? { ...style, direction: 'rtl' } : style, [clamped(text, 1, { fontSize: 80, width: CARD_WIDTH - 120 })]);
}

const painted = async (text: string, ed: Edition) => ink(await paint(line(text, ed)));

describe('share cards in every edition, rendered', () => {
  it('cardRenderer draws the Persian, Russian and Ukrainian cards of our story as 1200×630 PNGs with text on them', async () => {
    for (const ed of ['fa', 'ru', 'uk'] as const) {
      const cards = edition(ed);
      for (const card of [cards[0], cards[7]]) {
        expect(pngSize(await render(card.tree)), card.fileName).toEqual({ width: 1200, height: 630 });
        // The title alone darkens thousands of pixels.
        expect(ink(await paint(card.tree)).count, card.fileName).toBeGreaterThan(20_000);
      }
    }
  }, 60_000);

  it('cardPainter joins Persian letters: a word looks like its joined presentation forms, not like its letters apart', async () => {
    // سلام typed as it is stored, as the joined forms (ﺳ initial, ﻼ lam-alef final, ﻡ isolated), and as the
    // isolated forms an unshaping renderer would draw.
    const word = await painted('سلام', 'fa');
    const joined = await painted('\uFEB3\uFEFC\uFEE1', 'fa');
    const apart = await painted('\uFEB1\uFEDD\uFE8D\uFEE1', 'fa');
    const differing = (a: Uint8Array, b: Uint8Array) => a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);
    expect(word.count).toBeGreaterThan(1000);
    expect(differing(word.dark, joined.dark)).toBeLessThan(word.count * 0.02);
    expect(differing(word.dark, apart.dark)).toBeGreaterThan(word.count * 0.2);
    // Joined letters take less room than the same letters apart.
    expect(word.right - word.left).toBeLessThan(apart.right - apart.left);
  }, 30_000);

  it('cardPainter sets a Persian line from the right: a Latin name after Persian text stands to its left', async () => {
    const persian = await painted('ایران', 'fa');
    const both = await painted('ایران Iran', 'fa');
    const latin = await painted('Iran', 'fa');
    // Right-aligned: the Persian word keeps its place at the right (give or take the anti-aliasing
    // of a sub-pixel shift)…
    expect(Math.abs(both.right - persian.right)).toBeLessThanOrEqual(1);
    let same = 0;
    for (let i = 0; i < both.dark.length; i++) if (i % CARD_WIDTH >= persian.left && persian.dark[i]) same += both.dark[i];
    expect(same).toBeGreaterThan(persian.count * 0.9);
    // …and the Latin name is drawn to its left, as wide as it is alone.
    expect(both.left).toBeLessThan(persian.left - (latin.right - latin.left));
  }, 30_000);

  it('cardPainter draws Cyrillic with a font that has it: different words, different ink (missing glyphs would all be the same box)', async () => {
    for (const ed of ['ru', 'uk'] as const) {
      const [a, b] = [await painted('Київ', ed), await painted('Ірак', ed)];
      expect(a.count).toBeGreaterThan(1000);
      expect(a.dark.some((v, i) => v !== b.dark[i])).toBe(true);
    }
  }, 30_000);
});
