import { html, type Raw } from './html';

/** A name a reader can filter by, with how many events have it. */
export interface FacetOption {
  value: string;
  count: number;
}

/** At most this many actors or outlets are offered (the most frequent): a long select helps nobody. */
export const MAX_OPTIONS = 60;

function options(list: readonly FacetOption[], all: string): Raw {
  return html`<option value="">${all}</option>${list.slice(0, MAX_OPTIONS).map((o) => html`<option value="${o.value}">${o.value} (${o.count.toLocaleString('en-US')})</option>`)}`;
}

/**
 * The find-and-filter bar above the chart, written by the build (its lists come from the data,
 * so it costs the first load no script): a search box with the match count and steps through
 * the matches, the actor and source filters, lanes by actor, the count of what is shown, a
 * control that clears everything and "Copy link to this view". The kinds are filtered from the
 * chart's legend. On a phone the actor, source and lanes controls fold behind a "Filters" button. Without JavaScript it stays hidden (page.css): the list below has everything.
 * Real form controls with labels; the form never submits (the page's script handles it).
 */
export function renderFilterBar(facets: { actors: readonly FacetOption[]; outlets: readonly FacetOption[] }): Raw {
  return html`<form class="filters" role="search" aria-label="Find and filter events" novalidate>
  <div class="find">
    <label for="filter-q">Search</label>
    <input id="filter-q" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="filter-matches" maxlength="100" />
    <span id="filter-matches" class="matches" hidden></span>
    <button type="button" class="match-step" data-dir="-1" aria-label="Previous match" title="Previous match (Shift+Enter)" hidden>↑</button>
    <button type="button" class="match-step" data-dir="1" aria-label="Next match" title="Next match (Enter)" hidden>↓</button>
  </div>
  <div class="picks" id="filter-picks">
  ${facets.actors.length > 1 ? html`<div class="pick"><label for="filter-actor">Actor</label> <select id="filter-actor" name="actor">${options(facets.actors, 'All actors')}</select></div>` : ''}
  ${facets.outlets.length > 1 ? html`<div class="pick"><label for="filter-outlet">Source</label> <select id="filter-outlet" name="outlet">${options(facets.outlets, 'All sources')}</select></div>` : ''}
  <div class="pick"><input id="filter-lanes" name="lanes" type="checkbox" value="actor" /> <label for="filter-lanes">Lanes by actor</label></div>
  </div>
  <p class="shown"><span class="count" aria-hidden="true"></span> <button type="button" class="more" aria-expanded="false" aria-controls="filter-picks">Filters</button> <button type="button" class="clear" hidden>Show all</button> <button type="button" class="copy-view">Copy link to this view</button></p>
</form>`;
}
