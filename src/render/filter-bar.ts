import { html, type Raw } from './html';
import { msg } from '../i18n/msg';
import { formatNumber } from '../i18n/plural';
import { eventCount } from '../i18n/event-count';

/** A name a reader can filter by, with how many events have it. */
export interface FacetOption {
  value: string;
  count: number;
}

/** At most this many actors or outlets are offered (the most frequent): a long select helps nobody. */
export const MAX_OPTIONS = 60;

function options(list: readonly FacetOption[], all: string): Raw {
  return html`<option value="">${all}</option>${list.slice(0, MAX_OPTIONS).map((o) => html`<option value="${o.value}">${o.value} (${formatNumber(o.count)})</option>`)}`;
}

/**
 * The find-and-filter bar above the chart, written by the build (its lists come from the data,
 * so it costs the first load no script): a search box with the match count and steps through
 * the matches, the actor and source filters, lanes by actor, the count of what is shown, a
 * control that clears everything and "Copy link to this view". The kinds are filtered from the
 * chart's legend. On a phone the actor, source and lanes controls fold behind a "Filters" button. Without JavaScript it stays hidden (page.css): the list below has everything.
 * Real form controls with labels; the form never submits (the page's script handles it). The
 * count says how many events there are (`total`) until the script, wired on the reader's first
 * interaction, says how many are shown.
 */
export function renderFilterBar(facets: { actors: readonly FacetOption[]; outlets: readonly FacetOption[] }, total: number): Raw {
  return html`<form class="filters" role="search" aria-label="${msg('Find and filter events', { id: 'find.label' })}" novalidate>
  <div class="find">
    <label for="filter-q">${msg('Search', { id: 'find.search' })}</label>
    <input id="filter-q" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="filter-matches" maxlength="100" />
    <span id="filter-matches" class="matches" hidden></span>
    <button type="button" class="match-step" data-dir="-1" aria-label="${msg('Previous match', { id: 'find.previous' })}" title="${msg('Previous match (Shift+Enter)', { id: 'find.previous.title' })}" hidden>↑</button>
    <button type="button" class="match-step" data-dir="1" aria-label="${msg('Next match', { id: 'find.next' })}" title="${msg('Next match (Enter)', { id: 'find.next.title' })}" hidden>↓</button>
  </div>
  <div class="picks" id="filter-picks">
  ${facets.actors.length > 1 ? html`<div class="pick"><label for="filter-actor">${msg('Actor', { id: 'filter.actor' })}</label> <select id="filter-actor" name="actor">${options(facets.actors, msg('All actors', { id: 'filter.actor.all' }))}</select></div>` : ''}
  ${facets.outlets.length > 1 ? html`<div class="pick"><label for="filter-outlet">${msg('Source', { id: 'filter.outlet' })}</label> <select id="filter-outlet" name="outlet">${options(facets.outlets, msg('All sources', { id: 'filter.outlet.all' }))}</select></div>` : ''}
  <div class="pick"><input id="filter-lanes" name="lanes" type="checkbox" value="actor" /> <label for="filter-lanes">${msg('Lanes by actor', { id: 'embed.lanes' })}</label></div>
  </div>
  <p class="shown"><span class="count" aria-hidden="true">${eventCount(total)}</span> <button type="button" class="more" aria-expanded="false" aria-controls="filter-picks">${msg('Filters', { id: 'filter.more' })}</button> <button type="button" class="clear" hidden>${msg('Show all', { id: 'filter.clear' })}</button> <button type="button" class="copy-view">${msg('Copy link to this view', { id: 'filter.copy-view' })}</button></p>
</form>`;
}
