import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { ChartEvent } from '../data/timeline-model';
import type { TimelineEvent } from '../data/types';
import type { EventEdition } from '../render/event-markup';
import type { TranslatedPart } from '../data/localize-event';
import { eventBody } from './event-details';
import { kindLabel } from '../chart/kinds';
import { formatEventDate } from '../time/date-label';
import { msg, str } from '../i18n/msg';
import { formatNumber, plural } from '../i18n/plural';
import { visuallyHidden } from './visually-hidden.styles';
import { pageDateLabel, pageEventEdition } from '../i18n/page-edition';

/** How an event card shows: a glance on hover or focus, or the whole record once opened. */
export type CardVariant = 'compact' | 'full';

/**
 * `<event-card>`: one event, at two levels. `compact` (hover, keyboard focus): kind, date,
 * title, one line of summary, how many sources, a flag when sources disagree, and how to open
 * it; it never takes the pointer, so it cannot hide the marks the pointer moves to. `full`
 * (click, tap, Enter): the whole record with its sources, a close button and "Copy link"; a
 * popover beside its mark on wide screens, a full-width card in the page's flow (`sheet`) on
 * narrow ones. Presentational: the chart places it; `card-close` and `timeline-copy-link` go out.
 */
export class EventCard extends LitElement {
  static properties = {
    item: { attribute: false },
    details: { attribute: false },
    variant: { type: String, reflect: true },
    open: { type: Boolean, reflect: true },
    sheet: { type: Boolean, reflect: true },
    touch: { type: Boolean },
    group: { attribute: false },
    more: { type: Number },
  };

  declare item: ChartEvent | null;
  /** The event's summary and sources; null while they load. */
  declare details: TimelineEvent | null;
  declare variant: CardVariant;
  declare open: boolean;
  /** The full card as a full-width card in the page's flow (narrow screens). */
  declare sheet: boolean;
  /** The reader uses touch: the compact card says "tap", not "click". */
  declare touch: boolean;
  /** A chip's events, listed (title and date) instead of one event's glance. */
  declare group: ChartEvent[] | null;
  /** How many more events the chip holds than `group` lists. */
  declare more: number;

  constructor() {
    super();
    this.item = null;
    this.details = null;
    this.variant = 'compact';
    this.open = false;
    this.sheet = false;
    this.touch = false;
    this.group = null;
    this.more = 0;
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.variant === 'full') {
        e.stopPropagation();
        this.close();
      }
    });
  }

  static styles = css`
    :host {
      display: none;
      box-sizing: border-box;
      background: var(--surface, #fff);
      color: var(--text, #1a1a1a);
      border: 1px solid var(--border, #8a8a8a);
      border-radius: 6px;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      font: 0.875rem/1.4 system-ui, sans-serif;
      overflow-wrap: anywhere;
      text-align: start;
    }
    :host([open]) { display: block; }
    /* The glance: small, beside the lane, never under the pointer. */
    /* Placed by Floating UI in physical px (left, top), in either reading direction. */
    :host([variant='compact']) {
      position: absolute; top: 0; left: 0; z-index: 11; width: max-content; max-width: min(18rem, calc(100% - 8px));
      pointer-events: none; padding: 0.45rem 0.65rem;
    }
    /* The record: grows with its content (no inner scroll box); the page scrolls to read it. */
    :host([variant='full']) { position: absolute; top: 0; left: 0; z-index: 10; width: min(24rem, calc(100% - 16px)); }
    :host([variant='full'][sheet]) { position: static; width: auto; margin: 0.5rem 0 0; box-shadow: 0 2px 8px rgb(0 0 0 / 0.12); }
    .head {
      position: sticky; top: 0; z-index: 1; display: flex; gap: 0.5rem; align-items: flex-start; justify-content: space-between;
      padding-block: 0.6rem 0.35rem; padding-inline: 0.9rem 0.75rem; background: inherit; border-radius: 6px 6px 0 0;
    }
    .body { padding: 0 0.9rem 0.75rem; }
    .meta { margin: 0; font-size: 0.8125rem; color: var(--muted, #4a4a4a); }
    .title { margin: 0.15rem 0 0; font-size: 1rem; font-weight: 650; }
    :host([variant='compact']) .title { font-size: 0.9375rem; }
    .line { margin: 0.2rem 0 0; display: -webkit-box; -webkit-line-clamp: 1; -webkit-box-orient: vertical; overflow: hidden; }
    .facts { margin: 0.3rem 0 0; font-size: 0.8125rem; color: var(--muted, #4a4a4a); }
    .flag { color: var(--warn, #b45309); font-weight: 650; }
    p { margin: 0 0 0.5rem; }
    .sub { margin: 0.6rem 0 0.2rem; font-size: 0.8125rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted, #4a4a4a); }
    ul { margin: 0; padding-inline-start: 1.1rem; }
    li { margin: 0.15rem 0; }
    .stance { font-weight: 650; }
    .stance-denies { color: var(--kind-denial, #374151); }
    .dispute { border-inline-start: 3px solid var(--warn, #b45309); padding-inline-start: 0.5rem; margin: 0.3rem 0; }
    .dispute strong { display: block; }
    .url { display: none; }
    .summary { margin: 0.35rem 0 0.5rem; }
    blockquote { margin: 0.25rem 0; padding-inline-start: 0.5rem; border-inline-start: 2px solid var(--border, #8a8a8a); }
    blockquote p { margin: 0; }
    blockquote footer { color: var(--muted, #4a4a4a); font-size: 0.8125rem; }
    a { color: var(--link, #0645ad); }
    a:focus-visible, button:focus-visible { outline: 3px solid var(--focus, #1d4ed8); outline-offset: 2px; }
    ${visuallyHidden}
    .caveat { font-size: 0.8125rem; color: var(--muted, #4a4a4a); }
    .group { list-style: none; padding: 0; margin: 0.25rem 0 0; }
    .group li { margin: 0.1rem 0; }
    .group .date { color: var(--muted, #4a4a4a); font-size: 0.8125rem; }
    .hint { margin: 0.3rem 0 0; font-size: 0.75rem; color: var(--muted, #4a4a4a); }
    button {
      border: 1px solid var(--border, #8a8a8a); background: var(--surface, #fff); color: inherit; border-radius: 6px;
      font: inherit; cursor: pointer; min-height: 2.75rem;
    }
    .close { flex: none; min-width: 2.75rem; font-size: 1.25rem; line-height: 1; }
    .foot { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: space-between; align-items: center; margin: 0.5rem 0 0; }
    /* Previous and Next move in time, which runs left to right in the plot in every edition: they keep that order and their arrows. */
    .steps { display: flex; gap: 0.4rem; direction: ltr; }
    .copy, .step { padding: 0.3rem 0.7rem; min-height: 2.25rem; }
  `;

  private anchor: VirtualElement | null = null;
  private stopFollowing: (() => void) | null = null;

  /**
   * Anchors the full card to its mark as a popover (null: stop). It follows the mark while the
   * page scrolls or resizes (Floating UI autoUpdate); the chart calls reposition() as it pans.
   */
  follow(anchor: VirtualElement | null): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.anchor = anchor;
    if (anchor) this.stopFollowing = autoUpdate(anchor, this, () => this.reposition(), { animationFrame: false });
  }

  /**
   * Places the popover beside its mark: right of it, else left, inside the viewport's width; it
   * grows downwards with its content and the page scrolls to read it. It is positioned against
   * the chart (its offset parent), so it moves with the page as the page scrolls.
   */
  reposition(): void {
    const anchor = this.anchor;
    if (!anchor || !this.open || this.sheet) return;
    void computePosition(anchor, this, {
      strategy: 'absolute',
      placement: 'right-start',
      // Never shifted up or down (it would climb over the headline): only kept inside the width.
      middleware: [offset({ mainAxis: 14, crossAxis: -12 }), flip({ fallbackPlacements: ['left-start'], crossAxis: false }), shift({ padding: 8, mainAxis: false, crossAxis: true })],
    }).then(({ x, y }) => {
      if (this.anchor !== anchor) return;
      this.style.left = `${Math.round(x)}px`;
      this.style.top = `${Math.round(y)}px`;
      this.dispatchEvent(new CustomEvent('card-placed', { bubbles: true, composed: true }));
    });
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.follow(null);
  }

  /** Closes the full card and tells the chart, which puts focus back on the event. */
  close(): void {
    this.dispatchEvent(new CustomEvent('card-close', { bubbles: true, composed: true }));
  }

  /** Asks the chart for the previous or next event in date order. */
  private stepTo(dir: -1 | 1): void {
    this.dispatchEvent(new CustomEvent('card-step', { detail: { dir }, bubbles: true, composed: true }));
  }

  /** Asks the page for this event's link (the page knows its own address). */
  private copyLink(): void {
    if (this.item) this.dispatchEvent(new CustomEvent('timeline-copy-link', { detail: { id: this.item.event.id }, bubbles: true, composed: true }));
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('variant') || changed.has('item')) {
      const full = this.variant === 'full';
      this.setAttribute('role', full ? 'dialog' : 'tooltip');
      if (full && this.item) this.setAttribute('aria-label', this.item.event.title);
      else this.removeAttribute('aria-label');
    }
    if (this.variant === 'full' && changed.has('sheet') && this.sheet) {
      this.style.left = '';
      this.style.top = '';
    }
    this.reposition();
    this.dispatchEvent(new CustomEvent('card-rendered', { bubbles: true, composed: true }));
  }

  render() {
    if (this.variant === 'compact' && this.group?.length) return this.renderGroup(this.group);
    const item = this.item;
    if (!item) return nothing;
    const e = item.event;
    const meta = html`<p class="meta">${kindLabel(e.kind)} · <time>${formatEventDate(e.date, pageDateLabel(e.id))}</time></p>`;
    if (this.variant === 'compact') return this.renderCompact(meta);
    const local = pageEventEdition(e.id);
    return html`<div class="head">
        <div>${meta}<p class="title" dir="auto" lang=${englishLang(local, 'title')}>${e.title}</p></div>
        <button class="close" type="button" aria-label=${msg('Close', { id: 'card.close' })} @click=${this.close}>×</button>
      </div>
      <div class="body">
        ${this.details ? eventBody(this.details, local) : html`<p class="caveat">${msg('Loading the sources…', { id: 'card.loading' })}</p>`}
        <p class="foot">
          <button class="copy" type="button" @click=${this.copyLink}>${msg('Copy link', { id: 'card.copy' })}<span class="visually-hidden"> ${msg('to this event', { id: 'card.copy.hidden' })}</span></button>
          <span class="steps">
            <button type="button" class="step" @click=${() => this.stepTo(-1)}><span aria-hidden="true">‹ </span>${msg('Previous', { id: 'chart.previous' })}<span class="visually-hidden"> ${msg('event', { id: 'card.step.hidden' })}</span></button>
            <button type="button" class="step" @click=${() => this.stepTo(1)}>${msg('Next', { id: 'chart.next' })}<span class="visually-hidden"> ${msg('event', { id: 'card.step.hidden' })}</span><span aria-hidden="true"> ›</span></button>
          </span>
        </p>
      </div>`;
  }

  private renderGroup(group: ChartEvent[]) {
    const total = group.length + this.more;
    const n = formatNumber(total);
    const here = plural(total, {
      one: msg(str`${n} event here`, { id: 'card.group.one' }),
      few: msg(str`${n} events here`, { id: 'card.group.few' }),
      many: msg(str`${n} events here`, { id: 'card.group.many' }),
      other: msg(str`${n} events here`, { id: 'card.group.other' }),
    });
    return html`<p class="meta">${here}</p>
      <ul class="group">
        ${group.map((g) => html`<li><span class="date">${formatEventDate(g.event.date, pageDateLabel(g.event.id))}</span> <bdi>${g.event.title}</bdi></li>`)}
      </ul>
      ${this.more ? html`<p class="facts">${msg(str`and ${formatNumber(this.more)} more`, { id: 'card.group.more' })}</p>` : nothing}
      <p class="hint">${this.touch ? msg('Tap to zoom in to them.', { id: 'card.group.hint.touch' }) : msg('Click to zoom in to them.', { id: 'card.group.hint' })}</p>`;
  }

  private renderCompact(meta: unknown) {
    const e = this.item!.event;
    const d = this.details;
    const sources = d ? d.sources.length : null;
    const disputed = Boolean(d?.disagreements?.length);
    const n = formatNumber(sources ?? 0);
    const local = pageEventEdition(e.id);
    return html`${meta}<p class="title" dir="auto" lang=${englishLang(local, 'title')}>${e.title}</p>
      ${d ? html`<p class="line" dir="auto" lang=${englishLang(local, 'summary')}>${d.summary}</p>` : nothing}
      ${d
        ? html`<p class="facts">${plural(sources ?? 0, {
            one: msg(str`${n} source`, { id: 'card.sources.one' }),
            few: msg(str`${n} sources`, { id: 'card.sources.few' }),
            many: msg(str`${n} sources`, { id: 'card.sources.many' }),
            other: msg(str`${n} sources`, { id: 'card.sources.other' }),
          })}${disputed ? html` · <span class="flag">${msg('sources disagree', { id: 'card.disputed' })}</span>` : nothing}</p>`
        : nothing}
      <p class="hint">${this.touch ? msg('Tap to read the sources.', { id: 'card.hint.touch' }) : msg('Click or press Enter to read the sources.', { id: 'card.hint' })}</p>`;
  }
}

/** `lang="en"` for a text a translated page shows in English; no attribute otherwise. */
function englishLang(local: EventEdition | undefined, part: TranslatedPart): 'en' | typeof nothing {
  return local?.translated && local.english.includes(part) ? 'en' : nothing;
}

customElements.define('event-card', EventCard);

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
