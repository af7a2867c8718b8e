import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../../src/data/validate';
import type { TimelineData } from '../../src/data/types';

// Regression checks for the editor's pass over data/events.json (issue 12): what was corrected
// stays corrected. They read the real data file.
const file = new URL('../../data/events.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const data = JSON.parse(text) as TimelineData;
const byId = new Map(data.events.map((e) => [e.id, e]));
const words = (v: unknown): string => JSON.stringify(v);

describe('data/events.json after the accuracy pass', () => {
  it('is valid', () => {
    expect(validateTimelineText(text, 'data/events.json')).toMatchObject({ ok: true });
  });

  it('does not present August 2022 as the start of the deliveries', () => {
    expect(data.description).not.toMatch(/first deliveries in August/);
    const e = byId.get('2022-08-shahed-deliveries-begin')!;
    expect(e.title).not.toMatch(/starts|begin/i);
    expect(e.disagreements?.some((d) => d.about === 'date')).toBe(true);
  });

  it("shows Iran's UN mission in November 2022 as declining to comment and acknowledging, never denying", () => {
    for (const id of ['2022-11-19-iran-un-mission-response', '2022-11-early-drone-production-deal', '2022-11-19-washington-post-production-report']) {
      const claims = byId.get(id)!.claims!.filter((c) => /UN mission/.test(c.by));
      expect(claims.map((c) => c.stance).sort(), id).toEqual(['acknowledges', 'declines-to-comment']);
    }
  });

  it("never gives the 'more than 400 used since August' to The Washington Post", () => {
    for (const e of data.events) {
      for (const f of e.figures ?? []) if (/deployed/.test(f.counts)) expect(f.by, e.id).not.toMatch(/per The Washington Post/);
      expect(e.summary, e.id).not.toMatch(/The paper said/);
    }
  });

  it("gives al-sarira.com's publication date as the window that is known", () => {
    const sources = data.events.flatMap((e) => e.sources).filter((s) => s.url === 'https://al-sarira.com/?p=3389');
    expect(sources.length).toBeGreaterThan(4);
    for (const s of sources) expect(s.published).toBe('2022-11-19/2022-11-21');
  });

  it('has none of the overstatements the check found', () => {
    const all = words(data.events.map(({ corrections: _, ...e }) => e));
    for (const phrase of ['hard to square', 'uneasily', 'speaking anonymously', 'apartment building', 'in return', 'either side', "in the White House's telling", 'not borne out', 'Washington would tighten'])
      expect(all, phrase).not.toContain(phrase);
  });

  it('has the missing events, with honest precision', () => {
    expect(byId.get('2022-us-releases-drone-sale-imagery')?.date).toEqual({ precision: 'year', year: '2022' });
    expect(byId.get('2022-before-war-iran-drones-to-russia')?.date).toMatchObject({ precision: 'before', label: 'before late February 2022' });
    expect(byId.get('2022-02-russia-full-scale-invasion')?.date).toMatchObject({ precision: 'approximate', label: 'late February 2022' });
    expect(byId.get('2022-10-energy-infrastructure-drone-strikes')?.date.precision).toBe('before');
  });

  it('records its corrections, none dated after the data was last updated', () => {
    const corrections = data.events.flatMap((e) => e.corrections ?? []);
    expect(corrections.length).toBeGreaterThan(10);
    for (const c of corrections) expect(c.date <= data.updated!).toBe(true);
  });
});
