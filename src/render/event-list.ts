import type { ChartEvent } from '../data/timeline-model';
import type { Source, TimelineEvent } from '../data/types';
import { KIND_STYLES } from '../chart/kinds';
import { dateTimeAttr, formatEventDate, formatPublished } from '../time/date-label';
import { disagreementLabel, figureText, stanceLabel } from '../data/wording';
import { html, type Raw } from './html';

function source(s: Source): Raw {
  const headline = s.url ? html`<a href="${s.url}" rel="noopener noreferrer" target="_blank">${s.headline}</a>` : html`<cite>${s.headline}</cite>`;
  return html`<li><strong>${s.outlet}</strong>, ${headline}, <time datetime="${s.published}">${formatPublished(s.published)}</time>.${
    s.url ? html` <span class="url">${s.url}</span>` : ''
  }${s.url && s.verified === false ? html` <span class="caveat">Link not verified.</span>` : ''}${
    s.note ? html` <span class="caveat">${s.note}</span>` : ''
  }${s.quote ? html`<blockquote><p>“${s.quote.text}”</p><footer>${s.quote.by}</footer></blockquote>` : ''}</li>`;
}

/**
 * One list item: the event's date, title, summary, figures, claims, disagreements and sources,
 * with a "Copy link" button that the script reveals. `idPrefix` keeps element ids unique when
 * the same event appears twice on a page.
 */
export function renderEventItem(e: TimelineEvent, href: string, idPrefix = ''): Raw {
  return html`<li class="event kind-${e.kind}" id="${idPrefix}event-${e.id}" data-id="${e.id}">
<article aria-labelledby="${idPrefix}title-${e.id}">
<p class="meta"><span class="kind">${KIND_STYLES[e.kind].label}</span> · <time datetime="${dateTimeAttr(e.date)}">${formatEventDate(e.date)}</time></p>
<h3 id="${idPrefix}title-${e.id}"><a class="event-link" href="${href}">${e.title}</a></h3>
<p class="summary">${e.summary}</p>
${e.figures?.length ? html`<p class="sub">Figures</p><ul class="figures">${e.figures.map((f) => html`<li>${figureText(f)}</li>`)}</ul>` : ''}
${e.claims?.length ? html`<p class="sub">Claims</p><ul class="claims">${e.claims.map((c) => html`<li><span class="stance stance-${c.stance}">${stanceLabel(c)}:</span> ${c.by}: ${c.text}</li>`)}</ul>` : ''}
${e.disagreements?.length ? e.disagreements.map((d) => html`<p class="dispute"><strong>${disagreementLabel(d)}.</strong> ${d.note}</p>`) : ''}
<p class="sub">Sources</p><ul class="sources">${e.sources.map(source)}</ul>
<p class="actions"><button type="button" class="copy-link" data-id="${e.id}">Copy link<span class="visually-hidden"> to this event</span></button></p>
</article>
</li>`;
}

/**
 * The chronological event list, rendered into the built HTML so it reads without JavaScript.
 * `hrefFor` gives each event's link (its deep link on the timeline).
 */
export function renderEventList(events: readonly ChartEvent<TimelineEvent>[], hrefFor: (id: string) => string): Raw {
  return html`<ol class="event-list">${events.map((e) => renderEventItem(e.event, hrefFor(e.event.id)))}</ol>`;
}
