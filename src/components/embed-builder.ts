import { LitElement, css, html, nothing } from 'lit';
import { KINDS, type Kind } from '../data/types';
import type { Theme } from '../app/page-context';
import type { FacetLists } from '../view/facets';
import type { ViewRequest } from '../url/view-request';
import { writeFragment } from '../url/view-link';
import { embedCode, FIXED_HEIGHT, type EmbedCode, type EmbedOptions } from '../url/embed-options';
import { embedView, monthWindow, type EmbedStart } from '../url/embed-choices';
import './embed-preview';
import { tryCopy } from '../app/copy-text';
import { kindLabel } from '../chart/kinds';
import { formatMonthIso, parseMonth } from '../time/calendar-day';
import { visuallyHidden } from './visually-hidden.styles';
import { msg, str } from '../i18n/msg';
import { formatNumber } from '../i18n/plural';

/** An event the embed can open on, as the builder lists it. */
export interface EmbedEventChoice {
  id: string;
  label: string;
}

/** The preview's widths: a phone, and an article column. */
const WIDTHS = { phone: 375, article: 680 } as const;

/**
 * `<embed-builder>`: the "Embed this timeline" dialog. The editor picks where the embed opens
 * (the view on screen, an event, a window of months, the whole timeline), its filters and lanes,
 * the title and theme, and a fixed height for a CMS that strips scripts; a live preview frames
 * the embed at phone or article width, and the snippet below it comes from the same options
 * (embedCode). Data down: `rootUrl`, `siteTitle`, `events`, `facets`, `span`; call
 * `show(current)` with the view the page shows now.
 */
export class EmbedBuilder extends LitElement {
  static properties = {
    rootUrl: { attribute: false },
    siteTitle: { attribute: false },
    events: { attribute: false },
    facets: { attribute: false },
    span: { attribute: false },
    start: { state: true },
    eventId: { state: true },
    from: { state: true },
    to: { state: true },
    kinds: { state: true },
    actor: { state: true },
    outlet: { state: true },
    keepQ: { state: true },
    lanes: { state: true },
    showTitle: { state: true },
    theme: { state: true },
    fixed: { state: true },
    form: { state: true },
    width: { state: true },
    status: { state: true },
    open: { state: true },
  };
  declare rootUrl: string;
  declare siteTitle: string;
  declare events: readonly EmbedEventChoice[];
  declare facets: FacetLists | null;
  /** The data's whole span [start, end) in UTC ms: the month inputs' bounds. */
  declare span: [number, number] | null;
  declare start: EmbedStart;
  declare eventId: string;
  declare from: string;
  declare to: string;
  declare kinds: Kind[];
  declare actor: string;
  declare outlet: string;
  declare keepQ: boolean;
  declare lanes: boolean;
  declare showTitle: boolean;
  declare theme: Theme;
  declare fixed: string;
  declare form: 'script' | 'pym';
  declare width: keyof typeof WIDTHS;
  declare status: string;
  /** Whether the dialog is open (the preview loads only then). */
  declare open: boolean;
  /** The view the page showed when the dialog opened. */
  private current: ViewRequest = {};
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.rootUrl = '';
    this.siteTitle = '';
    this.events = [];
    this.facets = null;
    this.span = null;
    this.start = 'view';
    this.eventId = '';
    this.from = '';
    this.to = '';
    this.kinds = [...KINDS];
    this.actor = '';
    this.outlet = '';
    this.keepQ = false;
    this.lanes = false;
    this.showTitle = true;
    this.theme = 'light';
    this.fixed = '';
    this.form = 'script';
    this.width = 'article';
    this.status = '';
    this.open = false;
  }

  static styles = css`
    dialog { box-sizing: border-box; width: min(72rem, calc(100vw - 1rem)); max-width: none; max-height: calc(100dvh - 1rem); padding: 1rem; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); color: var(--text); font: 0.9375rem/1.45 system-ui, sans-serif; }
    dialog::backdrop { background: rgb(0 0 0 / 0.35); }
    .head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin-bottom: 0.5rem; }
    h2 { margin: 0; font-size: 1.15rem; }
    h3 { margin: 0 0 0.35rem; font-size: 1rem; }
    .layout { display: grid; grid-template-columns: minmax(15rem, 19rem) minmax(0, 1fr); gap: 1rem 1.25rem; align-items: start; }
    @media (max-width: 50rem) { .layout { grid-template-columns: minmax(0, 1fr); } dialog { padding: 0.75rem; } }
    fieldset { margin: 0 0 0.75rem; padding: 0.4rem 0.6rem 0.6rem; border: 1px solid var(--grid); border-radius: 6px; min-width: 0; }
    legend { font-weight: 600; padding: 0 0.25rem; }
    .choice { display: flex; align-items: center; gap: 0.4rem; min-height: 2rem; }
    .sub { margin: 0 0 0.35rem 1.6rem; display: flex; flex-wrap: wrap; gap: 0.35rem 0.6rem; align-items: center; }
    .kinds { display: grid; grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr)); }
    .field { display: grid; gap: 0.15rem; margin: 0.35rem 0; }
    select, input[type='month'], input[type='number'] { font: inherit; min-height: 2.25rem; max-width: 100%; box-sizing: border-box; color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; }
    .sub select, .field select { width: 100%; }
    input[type='radio'], input[type='checkbox'] { width: 1.1rem; height: 1.1rem; margin: 0; }
    .group { margin: 0.5rem 0 0; }
    .hint { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.8125rem; }
    .error { color: var(--warn); }
    .widths { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; margin-bottom: 0.4rem; }
    textarea { box-sizing: border-box; width: 100%; min-height: 6.5rem; font: 0.8125rem/1.4 ui-monospace, monospace; color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 0.4rem; }
    .row { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; flex-wrap: wrap; }
    .row p { margin: 0; }
    code { font: 0.8125rem ui-monospace, monospace; overflow-wrap: anywhere; }
    button { font: inherit; padding: 0.35rem 0.8rem; min-height: 2.5rem; border: 1px solid var(--border); border-radius: 6px; background: var(--surface-2); color: var(--text); cursor: pointer; }
    button:focus-visible, textarea:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    ${visuallyHidden}
  `;

  /** Opens the builder on the view the page shows now (its place, filters and lanes). */
  async show(current: ViewRequest): Promise<void> {
    this.current = current;
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.start = 'view';
    this.eventId = current.event && this.events.some((e) => e.id === current.event) ? current.event : (this.events[0]?.id ?? '');
    const [a, b] = current.window ?? this.span ?? [Date.now(), Date.now()];
    this.from = formatMonthIso(a);
    this.to = formatMonthIso(Math.max(a, b - 1));
    this.kinds = current.kinds?.length ? [...current.kinds] : [...KINDS];
    this.actor = current.actors?.[0] ?? '';
    this.outlet = current.outlets?.[0] ?? '';
    this.keepQ = Boolean(current.q);
    this.lanes = current.lanes === 'actor';
    this.status = '';
    // On a narrow screen the article width would only scroll sideways: start on the phone's.
    if (window.innerWidth < 760) this.width = 'phone';
    this.open = true;
    await this.updateComplete;
    this.dialog?.showModal();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The view the embed opens on, from the choices. */
  private view(): ViewRequest {
    const { start, eventId: event, from, to, kinds, actor, outlet, keepQ, lanes } = this;
    return embedView({ start, event, from, to, kinds, actor, outlet, keepQ, lanes }, this.current);
  }

  private options(): EmbedOptions {
    const h = this.fixed.trim() === '' ? null : Number(this.fixed);
    return { view: this.view(), showTitle: this.showTitle, theme: this.theme, height: h, form: this.form };
  }

  /** The snippet and the preview's URL; null while the fixed height is out of range. */
  private code(): EmbedCode | null {
    try {
      return embedCode(this.rootUrl, this.siteTitle, this.options());
    } catch {
      return null;
    }
  }

  private async copy(): Promise<void> {
    const area = this.renderRoot.querySelector('textarea');
    if (area && (await tryCopy(area.value))) {
      this.status = msg('Copied.', { id: 'copy.done' });
      return;
    }
    area?.focus();
    area?.select();
    this.status = msg('Your browser did not allow copying here: the code is selected, press Ctrl+C (⌘C on a Mac).', { id: 'embed.copy.refused' });
  }

  private close(): void {
    this.dialog?.close();
  }

  private onClose = () => {
    this.open = false;
    this.renderRoot.querySelector('embed-preview')?.cancel();
    this.opener?.focus();
  };

  private toggleKind(kind: Kind, on: boolean): void {
    const next = KINDS.filter((k) => (k === kind ? on : this.kinds.includes(k)));
    // The last kind stays: an embed of nothing helps nobody.
    this.kinds = next.length ? next : [kind];
    if (!next.length) this.requestUpdate();
  }

  private renderStart() {
    const radio = (value: EmbedStart, label: string) =>
      html`<label class="choice"><input type="radio" name="start" value=${value} .checked=${this.start === value} @change=${() => (this.start = value)} /> ${label}</label>`;
    const monthBounds = this.span ? { min: formatMonthIso(this.span[0]), max: formatMonthIso(this.span[1] - 1) } : { min: '', max: '' };
    const reversed = this.start === 'window' && !monthWindow(this.from, this.to);
    return html`<fieldset>
      <legend>${msg('Opens on', { id: 'embed.start' })}</legend>
      ${radio('view', msg('The view you see now', { id: 'embed.start.view' }))}
      ${radio('event', msg('An event', { id: 'embed.start.event' }))}
      <div class="sub">
        <label class="visually-hidden" for="eb-event">${msg('Event to open on', { id: 'embed.start.event.label' })}</label>
        <select id="eb-event" .value=${this.eventId} @change=${(e: Event) => ((this.eventId = (e.target as HTMLSelectElement).value), (this.start = 'event'))}>
          ${this.events.map((ev) => html`<option value=${ev.id} ?selected=${ev.id === this.eventId}>${ev.label}</option>`)}
        </select>
      </div>
      ${radio('window', msg('Months, from … to …', { id: 'embed.start.window' }))}
      <div class="sub">
        <label for="eb-from">${msg('From', { id: 'embed.from' })}</label>
        <input id="eb-from" type="month" min=${monthBounds.min} max=${monthBounds.max} .value=${this.from} @input=${(e: Event) => ((this.from = (e.target as HTMLInputElement).value), (this.start = 'window'))} />
        <label for="eb-to">${msg('to', { id: 'embed.to' })}</label>
        <input id="eb-to" type="month" min=${monthBounds.min} max=${monthBounds.max} .value=${this.to} @input=${(e: Event) => ((this.to = (e.target as HTMLInputElement).value), (this.start = 'window'))} />
      </div>
      ${reversed ? html`<p class="hint error" role="alert">${msg('The last month must not come before the first: the embed opens on the whole timeline.', { id: 'embed.window.reversed' })}</p>` : nothing}
      ${radio('all', msg('The whole timeline', { id: 'embed.start.all' }))}
    </fieldset>`;
  }

  private renderFilters() {
    const f = this.facets;
    const pick = (id: string, label: string, all: string, list: FacetLists['actors'], value: string, set: (v: string) => void) =>
      list.length > 1
        ? html`<div class="field"><label for=${id}>${label}</label><select id=${id} .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${value === ''}>${all}</option>
            ${list.slice(0, 60).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.value} (${formatNumber(o.count)})</option>`)}
          </select></div>`
        : nothing;
    return html`<fieldset>
      <legend>${msg('Shows', { id: 'embed.shows' })}</legend>
      <div class="kinds" role="group" aria-label=${msg('Kinds of event', { id: 'embed.kinds' })}>
        ${KINDS.map(
          (k) => html`<label class="choice"><input type="checkbox" name="kind" value=${k} .checked=${this.kinds.includes(k)} @change=${(e: Event) => this.toggleKind(k, (e.target as HTMLInputElement).checked)} /> ${kindLabel(k)}</label>`,
        )}
      </div>
      ${f ? pick('eb-actor', msg('Actor', { id: 'filter.actor' }), msg('All actors', { id: 'filter.actor.all' }), f.actors, this.actor, (v) => (this.actor = v)) : nothing}
      ${f ? pick('eb-outlet', msg('Source', { id: 'filter.outlet' }), msg('All sources', { id: 'filter.outlet.all' }), f.outlets, this.outlet, (v) => (this.outlet = v)) : nothing}
      ${this.current.q
        ? html`<label class="choice"><input type="checkbox" name="q" .checked=${this.keepQ} @change=${(e: Event) => (this.keepQ = (e.target as HTMLInputElement).checked)} /> ${msg(str`Only matches of your search “${this.current.q}”`, { id: 'embed.search' })}</label>`
        : nothing}
      <label class="choice"><input type="checkbox" name="lanes" .checked=${this.lanes} @change=${(e: Event) => (this.lanes = (e.target as HTMLInputElement).checked)} /> ${msg('Lanes by actor', { id: 'embed.lanes' })}</label>
    </fieldset>`;
  }

  private renderLook() {
    const theme = (value: Theme, label: string) =>
      html`<label class="choice"><input type="radio" name="theme" value=${value} .checked=${this.theme === value} @change=${() => (this.theme = value)} /> ${label}</label>`;
    const fixed = this.fixed.trim() !== '';
    const bad = fixed && this.code() === null;
    return html`<fieldset>
        <legend>${msg('Looks', { id: 'embed.looks' })}</legend>
        <label class="choice"><input type="checkbox" name="title" .checked=${this.showTitle} @change=${(e: Event) => (this.showTitle = (e.target as HTMLInputElement).checked)} /> ${msg('Show the title', { id: 'embed.title' })}</label>
        <div role="radiogroup" aria-labelledby="eb-theme"><p id="eb-theme" class="group">${msg('Theme', { id: 'embed.theme' })}</p>${theme('light', msg('Light', { id: 'embed.theme.light' }))} ${theme('dark', msg('Dark', { id: 'embed.theme.dark' }))} ${theme('auto', msg("Auto (the reader's setting)", { id: 'embed.theme.auto' }))}</div>
      </fieldset>
      <fieldset>
        <legend>${msg('Size and code', { id: 'embed.size' })}</legend>
        <div class="field">
          <label for="eb-height">${msg('Fixed height in pixels, for a CMS that strips scripts', { id: 'embed.height' })}</label>
          <input id="eb-height" type="number" inputmode="numeric" min=${FIXED_HEIGHT.min} max=${FIXED_HEIGHT.max} step="1" placeholder=${msg('sized by script', { id: 'embed.height.placeholder' })} aria-describedby="eb-height-hint" .value=${this.fixed} @input=${(e: Event) => (this.fixed = (e.target as HTMLInputElement).value)} />
          <p id="eb-height-hint" class="hint ${bad ? 'error' : ''}">${bad ? msg(str`A whole number from ${formatNumber(FIXED_HEIGHT.min)} to ${formatNumber(FIXED_HEIGHT.max)}, please.`, { id: 'embed.height.bad' }) : msg('Empty: the frame takes the timeline’s height.', { id: 'embed.height.empty' })}</p>
        </div>
        <div role="radiogroup" aria-labelledby="eb-form"><p id="eb-form" class="group">${msg('Sized by', { id: 'embed.form' })}</p>
          <label class="choice"><input type="radio" name="form" value="script" .checked=${this.form === 'script'} ?disabled=${fixed} @change=${() => (this.form = 'script')} /> iframe + embed.js</label>
          <label class="choice"><input type="radio" name="form" value="pym" .checked=${this.form === 'pym'} ?disabled=${fixed} @change=${() => (this.form = 'pym')} /> ${msg('Pym.js (with xdomain)', { id: 'embed.form.pym' })}</label>
        </div>
      </fieldset>`;
  }

  render() {
    const code = this.code();
    const view = this.view();
    const sample = writeFragment(this.eventId ? { event: this.eventId } : this.span ? { window: monthOf(this.span[0]) } : {});
    const placed = view.event !== undefined || view.window !== undefined || view.day !== undefined;
    const width = (value: keyof typeof WIDTHS, label: string) =>
      html`<label class="choice"><input type="radio" name="width" value=${value} .checked=${this.width === value} @change=${() => (this.width = value)} /> ${label} (${msg(str`${formatNumber(WIDTHS[value])} px`, { id: 'embed.width.px' })})</label>`;
    return html`<dialog aria-labelledby="eb-heading" @close=${this.onClose}>
      <div class="head"><h2 id="eb-heading">${msg('Embed this timeline', { id: 'embed.heading' })}</h2><button type="button" class="close" @click=${this.close}>${msg('Close', { id: 'card.close' })}</button></div>
      <div class="layout">
        <div class="options">${this.renderStart()} ${this.renderFilters()} ${this.renderLook()}</div>
        <div class="output">
          <section aria-labelledby="eb-preview-heading">
            <h3 id="eb-preview-heading">${msg('Preview', { id: 'embed.preview' })}</h3>
            <div class="widths" role="radiogroup" aria-label=${msg('Preview width', { id: 'embed.preview.width' })}>${width('phone', msg('Phone', { id: 'embed.preview.phone' }))} ${width('article', msg('Article', { id: 'embed.preview.article' }))}</div>
            <embed-preview .src=${this.open ? (code?.src ?? '') : ''} .width=${WIDTHS[this.width]} .fixedHeight=${code && this.fixed.trim() !== '' ? code.height : null}></embed-preview>
          </section>
          <section aria-labelledby="eb-code-heading">
            <h3 id="eb-code-heading"><label for="eb-code">${msg('Code to paste in the article', { id: 'embed.code' })}</label></h3>
            <textarea id="eb-code" readonly rows="5" .value=${code?.snippet ?? ''}></textarea>
            <div class="row"><button type="button" class="copy" @click=${this.copy}>${msg('Copy', { id: 'copy.copy' })}</button><p role="status">${this.status}</p></div>
            ${sample
              ? html`<p class="hint">${withCode(msg('To open the embed on an event or a date from a link in the article, add a fragment to the article’s address, e.g. {0} (or a day, {1}, or a month, {2}).', { id: 'embed.fragment' }), [sample, '#timeline=YYYY-MM-DD', '#timeline=YYYY-MM'])}
                  ${placed ? html`<strong>${msg('This works when the embed opens on the whole timeline', { id: 'embed.fragment.placed' })}</strong>${msg(': the place chosen above comes first.', { id: 'embed.fragment.placed.why' })}` : nothing}</p>`
              : nothing}
          </section>
        </div>
      </div>
    </dialog>`;
  }
}

/**
 * A message with `{0}`, `{1}`… where code goes, its code set in `<code>` (the catalogue holds
 * plain text, so markup stays out of the translations).
 */
function withCode(text: string, codes: readonly string[]) {
  return text.split(/\{(\d)\}/).map((part, i) => (i % 2 ? html`<code>${codes[Number(part)] ?? ''}</code>` : part));
}

/** The calendar month holding an instant, as [start, end). */
function monthOf(ms: number): [number, number] {
  const m = parseMonth(formatMonthIso(ms))!;
  return [m.start, m.end];
}

customElements.define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
