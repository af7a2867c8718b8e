import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { SNIPPET_HEIGHT } from '../url/embed-options';
import { isFrameHeight } from '../embed/messages';
import { msg } from '../i18n/msg';

/** How long the preview waits for the options to settle before it loads a new URL. */
const DEBOUNCE_MS = 300;

/**
 * `<embed-preview>`: a live frame of the embed page, as an article shows it: `width` pixels
 * wide, and as tall as the timeline says (its `embed-size` messages, as embed.js reads them), or
 * `fixedHeight`. A new `src` is loaded once it has stayed for 300 ms (the first at once); a
 * change undone within that wait, or an unchanged URL, loads nothing.
 */
export class EmbedPreview extends LitElement {
  static properties = {
    src: { attribute: false },
    width: { attribute: false },
    fixedHeight: { attribute: false },
    shown: { state: true },
  };
  declare src: string;
  declare width: number;
  declare fixedHeight: number | null;
  /** The URL the frame has loaded. */
  declare shown: string;
  private timer = 0;
  private frameHeight = SNIPPET_HEIGHT;

  constructor() {
    super();
    this.src = '';
    this.width = 680;
    this.fixedHeight = null;
    this.shown = '';
  }

  static styles = css`
    :host { display: block; }
    .stage { overflow-x: auto; background: var(--surface-2); border-radius: 6px; padding: 0.5rem; }
    .stage:focus-visible { outline: 3px solid var(--focus, #1d4ed8); outline-offset: 2px; }
    @media (max-width: 50rem) { .stage { padding: 0; } }
    iframe { display: block; border: 0; margin: 0 auto; max-width: none; background: var(--bg); }
  `;

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    clearTimeout(this.timer);
  }

  /** The frame is sized as embed.js sizes an embed: from its `embed-size` messages, from itself only. */
  private onMessage = (e: MessageEvent) => {
    const frame = this.renderRoot.querySelector('iframe');
    const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    if (!frame || e.source !== frame.contentWindow || e.origin !== location.origin) return;
    if (!d || typeof d !== 'object' || d.sentinel !== 'amp' || d.type !== 'embed-size' || !isFrameHeight(d.height)) return;
    this.frameHeight = d.height;
    this.size();
  };

  private size(): void {
    const frame = this.renderRoot.querySelector('iframe');
    if (!frame) return;
    // (CSSOM, not a style attribute: the site's CSP allows no inline styles.)
    frame.style.width = `${this.width}px`;
    frame.style.height = `${this.fixedHeight !== null && isFrameHeight(this.fixedHeight) ? this.fixedHeight : this.frameHeight}px`;
  }

  /** Stops a pending load (the dialog closed). */
  cancel(): void {
    clearTimeout(this.timer);
  }

  protected updated(changed: PropertyValues<this>): void {
    this.size();
    if (!changed.has('src')) return;
    clearTimeout(this.timer);
    if (!this.src || this.src === this.shown) return;
    if (!this.shown) this.shown = this.src;
    else this.timer = window.setTimeout(() => (this.shown = this.src), DEBOUNCE_MS);
  }

  render() {
    // It scrolls sideways when the preview is wider than the dialog (a phone): keyboard users can scroll it too.
    return html`<div class="stage" tabindex="0" role="group" aria-label=${msg('Preview frame (scrolls sideways when wider than the dialog)', { id: 'embed.preview.frame' })}>${this.shown ? html`<iframe src=${this.shown} title=${msg('Preview of the embedded timeline', { id: 'embed.preview.title' })}></iframe>` : nothing}</div>`;
  }
}

customElements.define('embed-preview', EmbedPreview);

declare global {
  interface HTMLElementTagNameMap {
    'embed-preview': EmbedPreview;
  }
}
