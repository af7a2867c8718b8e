import { describe, expect, it } from 'vitest';
import { renderEventItem } from '../../src/render/event-list';
import { eventBodyMarkup } from '../../src/render/event-markup';
import { html } from '../../src/render/html';
import { makeEvent, onDay } from './make-event';

const corrected = makeEvent('corrected', onDay('2022-10-17'), {
  claims: [
    { by: 'A mission', stance: 'declines-to-comment', text: 'Would not address it.' },
    { by: 'A spokesman', stance: 'acknowledges', text: 'Ties predate the war.' },
  ],
  sources: [{ outlet: 'Site', headline: 'H', published: '2022-11-19/2022-11-21', article: 'a.txt' }],
  corrections: [
    { date: '2026-11-29', change: 'First <b>change</b>.', reason: 'The text says so.' },
    { date: '2026-11-30', change: 'Second change.', reason: 'Another reason.' },
  ],
});

describe('corrections and stances in an event', () => {
  it('renderEventItem marks a corrected event beside its date and lists each correction with its date and reason', () => {
    const out = renderEventItem(corrected, '#x').value;
    expect(out).toMatch(/<p class="meta">.*<\/time> · <span class="corrected-mark">Corrected<\/span><\/p>/);
    expect(out).toContain('<p class="sub corrected">Corrected</p><ul class="corrections">');
    expect(out).toContain('<li><time datetime="2026-11-29">29 November 2026</time>: First &lt;b&gt;change&lt;/b&gt;. <span class="why">Why: The text says so.</span></li>');
    expect(out).toContain('<time datetime="2026-11-30">30 November 2026</time>: Second change.');
    // The list item has its mark by the date, not a second flag in the body.
    expect(out).not.toContain('corrected-flag');
  });

  it('eventBodyMarkup (the card) opens with a Corrected line giving the latest correction day', () => {
    const out = eventBodyMarkup(html, corrected).value;
    expect(out.startsWith('<p class="corrected-flag"><span class="corrected-mark">Corrected</span> 30 November 2026: see the end of this entry.</p>')).toBe(true);
    expect(out).toContain('<ul class="corrections">');
  });

  it('an event without corrections has no mark, flag or corrections list', () => {
    const out = renderEventItem(makeEvent('plain', onDay('2022-10-17')), '#x').value + eventBodyMarkup(html, makeEvent('plain', onDay('2022-10-17'))).value;
    expect(out).not.toMatch(/corrected|Corrected/);
  });

  it('claims show the new stances in words, and a published window as its days', () => {
    const out = renderEventItem(corrected, '#x').value;
    expect(out).toContain('<span class="stance stance-declines-to-comment">Declines to comment:</span> <bdi>A mission</bdi>: Would not address it.');
    expect(out).toContain('<span class="stance stance-acknowledges">Acknowledges:</span> <bdi>A spokesman');
    expect(out).toContain('<time datetime="2022-11">19–21 November 2022</time>');
  });
});
