import { describe, expect, it } from 'vitest';
import { disagreementLabel, figureText, stanceLabel, stanceWording } from '../../src/data/wording';
import { STANCES } from '../../src/data/types';
import type { Figure } from '../../src/data/types';

const figure = (over: Partial<Figure>): Figure => ({ value: 400, unit: 'drones', counts: 'Shahed drones sent since August', by: 'John Kirby', ...over });

describe('figureText', () => {
  it('figureText says the qualifier, amount, unit, what is counted and who says so', () => {
    expect(figureText(figure({ qualifier: 'more than' }))).toBe('more than 400 drones: Shahed drones sent since August (John Kirby)');
  });

  it('figureText without a qualifier says the bare amount', () => {
    expect(figureText(figure({}))).toBe('400 drones: Shahed drones sent since August (John Kirby)');
  });

  it("figureText leaves out the qualifier 'exactly'", () => {
    expect(figureText(figure({ qualifier: 'exactly' }))).toBe('400 drones: Shahed drones sent since August (John Kirby)');
  });

  it.each(['about', 'at least', 'up to'] as const)("figureText says the qualifier '%s'", (qualifier) => {
    expect(figureText(figure({ qualifier }))).toBe(`${qualifier} 400 drones: Shahed drones sent since August (John Kirby)`);
  });

  it('figureText says a range with an en dash', () => {
    expect(figureText(figure({ value: 300, max: 400, qualifier: 'about' }))).toBe('about 300–400 drones: Shahed drones sent since August (John Kirby)');
  });

  it('figureText separates thousands with commas, in ranges too', () => {
    expect(figureText(figure({ value: 1700, unit: 'missiles' }))).toMatch(/^1,700 missiles:/);
    expect(figureText(figure({ value: 1500, max: 2400 }))).toMatch(/^1,500–2,400 drones:/);
    expect(figureText(figure({ value: 1_000_000 }))).toMatch(/^1,000,000 drones:/);
  });

  it('figureText says a range starting at zero', () => {
    expect(figureText(figure({ value: 0, max: 10 }))).toMatch(/^0–10 drones:/);
  });
});

describe('stanceLabel', () => {
  it('stanceLabel capitalises each stance', () => {
    expect(stanceLabel({ stance: 'asserts' })).toBe('Asserts');
    expect(stanceLabel({ stance: 'confirms' })).toBe('Confirms');
    expect(stanceLabel({ stance: 'denies' })).toBe('Denies');
  });

  it('stanceLabel says declining to comment and acknowledging in words, and stanceWording explains every stance', () => {
    expect(stanceLabel({ stance: 'declines-to-comment' })).toBe('Declines to comment');
    expect(stanceLabel({ stance: 'acknowledges' })).toBe('Acknowledges');
    for (const s of STANCES) expect(stanceWording(s).means.length).toBeGreaterThan(10);
  });
});

describe('disagreementLabel', () => {
  it('disagreementLabel gives a heading for each thing sources can differ on', () => {
    expect(disagreementLabel({ about: 'date' })).toBe('Sources differ on the date');
    expect(disagreementLabel({ about: 'figure' })).toBe('Figures differ');
    expect(disagreementLabel({ about: 'claim' })).toBe('Claims conflict');
    expect(disagreementLabel({ about: 'outcome' })).toBe('Not confirmed later');
  });
});
