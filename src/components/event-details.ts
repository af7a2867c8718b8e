import { html, nothing, type TemplateResult } from 'lit';
import type { Source, TimelineEvent } from '../data/types';
import { KIND_STYLES } from '../chart/kinds';
import { dateTimeAttr, formatEventDate, formatPublished } from '../time/date-label';
import { disagreementLabel, figureText, stanceLabel } from '../data/wording';

/**
 * Lit templates for an event's details, used by the tooltip and by the event list when it is
 * rendered in the browser (large data sets). They mirror the build-time HTML of
 * `render/event-list.ts`, class for class, so one stylesheet serves both.
 */

function source(s: Source): TemplateResult {
  const headline = s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.headline}</a>` : html`<cite>${s.headline}</cite>`;
  return html`<li>
    <strong>${s.outlet}</strong>, ${headline}, <time datetime=${s.published}>${formatPublished(s.published)}</time>.
    ${s.url ? html`<span class="url">${s.url}</span>` : nothing}
    ${s.url && s.verified === false ? html`<span class="caveat">Link not verified.</span>` : nothing}
    ${s.note ? html`<span class="caveat">${s.note}</span>` : nothing}
    ${s.quote ? html`<blockquote><p>“${s.quote.text}”</p><footer>${s.quote.by}</footer></blockquote>` : nothing}
  </li>`;
}

/** Summary, figures, claims, disagreements and sources of an event. */
export function eventBody(e: TimelineEvent): TemplateResult {
  return html`<p class="summary">${e.summary}</p>
    ${e.figures?.length ? html`<p class="sub">Figures</p><ul class="figures">${e.figures.map((f) => html`<li>${figureText(f)}</li>`)}</ul>` : nothing}
    ${e.claims?.length
      ? html`<p class="sub">Claims</p><ul class="claims">${e.claims.map((c) => html`<li><span class="stance stance-${c.stance}">${stanceLabel(c)}:</span> ${c.by}: ${c.text}</li>`)}</ul>`
      : nothing}
    ${e.disagreements?.map((d) => html`<p class="dispute"><strong>${disagreementLabel(d)}.</strong> ${d.note}</p>`) ?? nothing}
    <p class="sub">Sources</p>
    <ul class="sources">${e.sources.map(source)}</ul>`;
}

/** One list item, as the build writes it for small data sets. */
export function eventItem(e: TimelineEvent, href: string): TemplateResult {
  return html`<li class="event kind-${e.kind}" id="event-${e.id}" data-id=${e.id}>
    <article aria-labelledby="title-${e.id}">
      <p class="meta"><span class="kind">${KIND_STYLES[e.kind].label}</span> · <time datetime=${dateTimeAttr(e.date)}>${formatEventDate(e.date)}</time></p>
      <h3 id="title-${e.id}"><a class="event-link" href=${href}>${e.title}</a></h3>
      ${eventBody(e)}
      <p class="actions"><button type="button" class="copy-link" data-id=${e.id}>Copy link<span class="visually-hidden"> to this event</span></button></p>
    </article>
  </li>`;
}
