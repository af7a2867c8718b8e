import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrowStep, keyAction } from '../../src/chart/keyboard';

describe('keyAction', () => {
  it.each(['ArrowRight', 'ArrowDown'])('keyAction %s selects the next event', (key) => {
    expect(keyAction(key, 3, 10, 0)).toEqual({ type: 'select', index: 4 });
  });

  it.each(['ArrowLeft', 'ArrowUp'])('keyAction %s selects the previous event', (key) => {
    expect(keyAction(key, 3, 10, 0)).toEqual({ type: 'select', index: 2 });
  });

  it('keyAction stops at the last event going forward', () => {
    expect(keyAction('ArrowRight', 9, 10, 0)).toEqual({ type: 'select', index: 9 });
    expect(keyAction('ArrowDown', 9, 10, 0)).toEqual({ type: 'select', index: 9 });
  });

  it('keyAction stops at the first event going back', () => {
    expect(keyAction('ArrowLeft', 0, 10, 5)).toEqual({ type: 'select', index: 0 });
    expect(keyAction('ArrowUp', 0, 10, 5)).toEqual({ type: 'select', index: 0 });
  });

  it('keyAction arrows select the fallback when nothing is selected', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) expect(keyAction(key, null, 10, 6)).toEqual({ type: 'select', index: 6 });
  });

  it('keyAction treats index 0 as a selection, not as nothing selected', () => {
    expect(keyAction('ArrowRight', 0, 10, 6)).toEqual({ type: 'select', index: 1 });
    expect(keyAction('Enter', 0, 10, 6)).toEqual({ type: 'pin' });
  });

  it('keyAction Home and End jump to the first and last events', () => {
    expect(keyAction('Home', 5, 10, 0)).toEqual({ type: 'select', index: 0 });
    expect(keyAction('End', 5, 10, 0)).toEqual({ type: 'select', index: 9 });
    expect(keyAction('Home', null, 10, 4)).toEqual({ type: 'select', index: 0 });
    expect(keyAction('End', null, 10, 4)).toEqual({ type: 'select', index: 9 });
  });

  it('keyAction stays on the only event of a one-event timeline', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(keyAction(key, 0, 1, 0)).toEqual({ type: 'select', index: 0 });
  });

  it.each(['+', '='])('keyAction %s zooms in by 2', (key) => {
    expect(keyAction(key, 3, 10, 0)).toEqual({ type: 'zoom', factor: 2 });
    expect(keyAction(key, null, 10, 0)).toEqual({ type: 'zoom', factor: 2 });
  });

  it.each(['-', '_'])('keyAction %s zooms out by 2', (key) => {
    expect(keyAction(key, 3, 10, 0)).toEqual({ type: 'zoom', factor: 0.5 });
  });

  it.each(['Enter', ' '])('keyAction %j pins the selected event', (key) => {
    expect(keyAction(key, 3, 10, 0)).toEqual({ type: 'pin' });
  });

  it.each(['Enter', ' '])('keyAction %j selects the fallback when nothing is selected', (key) => {
    expect(keyAction(key, null, 10, 7)).toEqual({ type: 'select', index: 7 });
  });

  it('keyAction Escape closes', () => {
    expect(keyAction('Escape', 3, 10, 0)).toEqual({ type: 'close' });
    expect(keyAction('Escape', null, 10, 0)).toEqual({ type: 'close' });
  });

  it.each(['a', 'Tab', 'Shift', 'PageDown', 'Spacebar', 'enter', 'escape', 'arrowright', '', 'Esc'])('keyAction ignores %j', (key) => {
    expect(keyAction(key, 3, 10, 0)).toBeNull();
  });

  it.each(['ArrowRight', 'ArrowLeft', 'Home', 'End', '+', '-', 'Enter', ' ', 'Escape'])('keyAction %j does nothing when there are no events', (key) => {
    expect(keyAction(key, null, 0, 0)).toBeNull();
  });
});

describe('arrowStep', () => {
  it('arrowStep in a left-to-right row: ArrowRight is next, ArrowLeft previous', () => {
    expect(arrowStep('ArrowRight', 'ltr')).toBe(1);
    expect(arrowStep('ArrowLeft', 'ltr')).toBe(-1);
  });

  it('arrowStep in a right-to-left row: ArrowLeft is next, ArrowRight previous', () => {
    expect(arrowStep('ArrowLeft', 'rtl')).toBe(1);
    expect(arrowStep('ArrowRight', 'rtl')).toBe(-1);
  });

  it.each(['ltr', 'rtl'] as const)('arrowStep %s: ArrowDown is next and ArrowUp previous in either direction', (dir) => {
    expect(arrowStep('ArrowDown', dir)).toBe(1);
    expect(arrowStep('ArrowUp', dir)).toBe(-1);
  });

  it('arrowStep: the same horizontal key moves opposite ways in the two directions, vertical keys the same way', () => {
    fc.assert(
      fc.property(fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'), (key) => {
        const [l, r] = [arrowStep(key, 'ltr'), arrowStep(key, 'rtl')];
        expect(l === null || r === null).toBe(false);
        expect(r).toBe(key.startsWith('ArrowUp') || key.startsWith('ArrowDown') ? l : -l!);
      }),
    );
  });

  it.each(['Home', 'End', 'Enter', ' ', 'Tab', 'arrowleft', 'Left', ''])('arrowStep ignores %j', (key) => {
    expect(arrowStep(key, 'ltr')).toBeNull();
    expect(arrowStep(key, 'rtl')).toBeNull();
  });
});
