import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { ChartEvent } from '../data/timeline-model';
import type { TimelineEvent } from '../data/types';
import { eventBody } from './event-details';
import { KIND_STYLES } from '../chart/kinds';
import { formatEventDate } from '../time/date-label';
import { visuallyHidden } from './visually-hidden.styles';

/**
 * `<source-tooltip>`: shows one event's date, summary, claims, disagreements and sources next
 * to an anchor (an element or a virtual rect). Presentational: `item`, `anchor`, `open` and
 * `pinned` come in; `tooltip-close` goes out when the reader dismisses it.
 */
export class SourceTooltip extends LitElement {
  static properties = {
    item: { attribute: false },
    details: { attribute: false },
    anchor: { attribute: false },
    open: { type: Boolean, reflect: true },
    pinned: { type: Boolean, reflect: true },
    grow: { type: Boolean },
  };

  declare item: ChartEvent | null;
  /** The event's summary and sources; null while they load. */
  declare details: TimelineEvent | null;
  declare anchor: VirtualElement | null;
  declare open: boolean;
  declare pinned: boolean;
  /** Place below and never shrink (in an embed, the frame grows to fit instead). */
  declare grow: boolean;

  constructor() {
    super();
    this.item = null;
    this.details = null;
    this.anchor = null;
    this.open = false;
    this.pinned = false;
    this.grow = false;
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.close();
      }
    });
  }

  static styles = css`
    :host {
      position: fixed;
      top: 0;
      left: 0;
      z-index: 10;
      display: none;
      width: max-content;
      max-width: min(24rem, calc(100vw - 16px));
      box-sizing: border-box;
      background: var(--surface, #fff);
      color: var(--text, #1a1a1a);
      border: 1px solid var(--border, #8a8a8a);
      border-radius: 6px;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      font: 0.875rem/1.4 system-ui, sans-serif;
      overflow-wrap: anywhere;
    }
    :host([open]) { display: block; }
    .body { padding: 0.75rem 0.9rem; overflow-y: auto; max-height: var(--tooltip-max-height, 60vh); }
    .meta { margin: 0; font-size: 0.8125rem; color: var(--muted, #4a4a4a); }
    .title { margin: 0.2rem 0 0.35rem; font-size: 1rem; font-weight: 650; }
    p { margin: 0 0 0.5rem; }
    .sub { margin: 0.6rem 0 0.2rem; font-size: 0.8125rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted, #4a4a4a); }
    ul { margin: 0; padding-left: 1.1rem; }
    li { margin: 0.15rem 0; }
    .stance { font-weight: 650; }
    .stance-denies { color: var(--kind-denial, #374151); }
    .dispute { border-left: 3px solid var(--warn, #b45309); padding-left: 0.5rem; margin: 0.3rem 0; }
    .dispute strong { display: block; }
    .url { display: none; }
    .summary { margin: 0 0 0.5rem; }
    blockquote p { margin: 0; }
    blockquote footer { color: var(--muted, #4a4a4a); font-size: 0.8125rem; }
    a { color: var(--link, #0645ad); }
    a:focus-visible, button:focus-visible { outline: 3px solid var(--focus, #1d4ed8); outline-offset: 2px; }
    ${visuallyHidden}
    .caveat { font-size: 0.8125rem; color: var(--muted, #4a4a4a); }
    blockquote { margin: 0.25rem 0; padding-left: 0.5rem; border-left: 2px solid var(--border, #8a8a8a); }
    .hint { margin: 0.5rem 0 0; font-size: 0.75rem; color: var(--muted, #4a4a4a); }
    :host([grow]) { --tooltip-max-height: none; }
    .copy { margin-top: 0.5rem; border: 1px solid var(--border, #8a8a8a); background: var(--surface, #fff); color: inherit; border-radius: 4px; font: inherit; padding: 0.3rem 0.6rem; cursor: pointer; }
    .close {
      float: right; margin: -0.25rem -0.35rem 0 0.5rem; border: 1px solid var(--border, #8a8a8a); background: var(--surface, #fff);
      color: inherit; border-radius: 4px; font: inherit; line-height: 1; padding: 0.25rem 0.45rem; cursor: pointer;
    }
  `;

  /** Closes the tooltip and tells the chart, which puts focus back on the event. */
  close(): void {
    this.dispatchEvent(new CustomEvent('tooltip-close', { bubbles: true, composed: true }));
  }

  /** Asks the page for this event's link (the page knows its own address). */
  private copyLink(): void {
    if (this.item) this.dispatchEvent(new CustomEvent('timeline-copy-link', { detail: { id: this.item.event.id }, bubbles: true, composed: true }));
  }

  protected updated(changed: PropertyValues<this>): void {
    this.setAttribute('role', this.pinned ? 'dialog' : 'tooltip');
    if (this.pinned && this.item) this.setAttribute('aria-label', `Sources: ${this.item.event.title}`);
    else this.removeAttribute('aria-label');
    if (changed.has('anchor') || changed.has('item') || changed.has('details') || changed.has('open') || changed.has('pinned')) this.reposition();
  }

  /** Places the tooltip beside its anchor, flipping and shifting so it stays on screen. */
  reposition(): void {
    if (!this.open || !this.anchor) return;
    const anchor = this.anchor;
    computePosition(anchor, this, {
      strategy: 'fixed',
      placement: this.grow ? 'bottom' : 'top',
      middleware: this.grow
        ? [offset(12), shift({ padding: 8 })]
        : [
            offset(12),
            flip({ fallbackPlacements: ['bottom', 'right', 'left'] }),
            shift({ padding: 8 }),
            size({
              padding: 8,
              apply: ({ availableHeight }) => this.style.setProperty('--tooltip-max-height', `${Math.max(120, availableHeight - 4)}px`),
            }),
          ],
    }).then(({ x, y }) => {
      if (this.anchor !== anchor) return;
      this.style.left = `${Math.round(x)}px`;
      this.style.top = `${Math.round(y)}px`;
      this.dispatchEvent(new CustomEvent('tooltip-placed', { bubbles: true, composed: true }));
    });
  }

  render() {
    const item = this.item;
    if (!item) return nothing;
    const e = item.event;
    return html`<div class="body" part="body">
      ${this.pinned ? html`<button class="close" type="button" aria-label="Close" @click=${this.close}>×</button>` : nothing}
      <p class="meta">${KIND_STYLES[e.kind].label} · <time>${formatEventDate(e.date)}</time></p>
      <p class="title">${e.title}</p>
      ${this.details ? eventBody(this.details) : html`<p class="caveat">Loading the sources…</p>`}
      ${this.pinned
        ? html`<button class="copy" type="button" @click=${this.copyLink}>Copy link<span class="visually-hidden"> to this event</span></button>`
        : html`<p class="hint">Click or press Enter to pin and open the sources.</p>`}
    </div>`;
  }
}

customElements.define('source-tooltip', SourceTooltip);

declare global {
  interface HTMLElementTagNameMap {
    'source-tooltip': SourceTooltip;
  }
}
