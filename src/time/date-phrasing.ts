import type { Edition } from './locale-dates';

/**
 * The words around dates in each edition's language, one small table per language, for
 * locale-dates.ts. Written with care for what each precision means: "by" is on or before a day,
 * "before" strictly before it, so in Russian and Ukrainian "до" is kept for "before" and "by"
 * reads "не позднее" / "не пізніше"; Persian says "تا" (by) and "پیش از" (before). A window is
 * "с … по …" (Russian), "з … по …" (Ukrainian, keeping "до" unambiguous), "بین … و …" (Persian).
 */

/** The words around dates in one language; the dates come in already formatted. */
export interface Phrasing {
  /** Somewhere from `first` to `last`, both included. */
  between(first: string, last: string): string;
  /** On or before a day. */
  by(day: string): string;
  /** On or before `by`, as expected on the day `from`. */
  expectedAsOf(by: string, from: string): string;
  /** Strictly before a day. */
  before(day: string): string;
  /** A label as the sources put it, with the dates it stands for. */
  labelled(label: string, dates: string): string;
  /** Whether the start of a window drops what it shares with its end ("1–10 November", not "1 November–10 November"). */
  shortStart: boolean;
}

/** The phrasing of each language. Persian is written with Persian letters (ی, ک), never the Arabic ones. */
export const DATE_PHRASING: Record<Edition, Phrasing> = {
  en: {
    between: (a, b) => `between ${a} and ${b}`,
    by: (d) => `by ${d}`,
    expectedAsOf: (by, from) => `by ${by} (expected as of ${from})`,
    before: (d) => `before ${d}`,
    labelled: (label, dates) => `${label} (${dates})`,
    shortStart: false,
  },
  fa: {
    between: (a, b) => `بین ${a} و ${b}`,
    by: (d) => `تا ${d}`,
    expectedAsOf: (by, from) => `تا ${by} (بنا بر انتظارات در ${from})`,
    before: (d) => `پیش از ${d}`,
    labelled: (label, dates) => `${label} (${dates})`,
    shortStart: true,
  },
  ru: {
    between: (a, b) => `с ${a} по ${b}`,
    // "до" is kept for "before" (strictly), so "by" (on or before) reads "не позднее".
    by: (d) => `не позднее ${d}`,
    expectedAsOf: (by, from) => `не позднее ${by} (по ожиданиям на ${from})`,
    before: (d) => `до ${d}`,
    labelled: (label, dates) => `${label} (${dates})`,
    shortStart: true,
  },
  uk: {
    between: (a, b) => `з ${a} по ${b}`,
    by: (d) => `не пізніше ${d}`,
    expectedAsOf: (by, from) => `не пізніше ${by} (за очікуваннями на ${from})`,
    before: (d) => `до ${d}`,
    labelled: (label, dates) => `${label} (${dates})`,
    shortStart: true,
  },
};
