/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { mountTimeline } from './fixture';
import { until } from './input';

// A page (or an article's script) can take the chart out before the lazily loaded part with the
// cards arrives. Defining <event-card> then upgrades only the cards still in the page.
describe('a chart taken out of the page before its cards are defined', () => {
  it('still presents its cards when the lazy part arrives, without an error', async () => {
    expect(customElements.get('event-card'), 'this test file loads the cards only through the chart').to.equal(undefined);
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.error));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const m = await mountTimeline({ width: 760 });
      m.root.remove();
      // Selecting pins the event's card, which asks for the lazy part.
      m.chart.select(m.model.events[3].event.id, { pin: true });
      await until(() => Boolean(customElements.get('event-card')), 'the lazy part');
      const card = m.shadow.querySelector('event-card[variant=full]') as HTMLElement & { follow?: unknown; item?: { event: { id: string } } | null };
      await until(() => card.item?.event.id === m.model.events[3].event.id || errors.length > 0, 'the card filled, or an error');
      expect(errors).to.deep.equal([]);
      expect(typeof card.follow, 'the card is upgraded').to.equal('function');
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });
});
