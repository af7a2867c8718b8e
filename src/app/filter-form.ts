import type { TimelineChart } from '../components/timeline-chart';
import type { TimelineModel } from '../data/timeline-model';
import type { SearchIndex } from '../search/search-index';
import { searchEvents, type SearchResult } from '../search/search';
import { countSentence, type Selection } from '../view/select-events';
import { narrows, type FindState } from './find-state';
import { msg, str } from '../i18n/msg';
import { formatNumber, plural } from '../i18n/plural';

/** What the filter bar needs from the page: the state, a way to change it, and the views it highlights in. */
export interface FindHooks {
  chart: TimelineChart;
  /** The whole model (search results are by its indices). */
  model: TimelineModel;
  /** The server-rendered list, or null. */
  list: HTMLElement | null;
  /** The search index, built or loaded on the first search. */
  search: () => Promise<SearchIndex>;
  state: () => FindState;
  set: (next: FindState) => void;
  copyView: () => void;
}

const SEARCH_DELAY = 150;

/**
 * Wires the build-rendered filter bar (render/filter-bar.ts): the search box (matches highlighted
 * in the chart and the list, Enter / Shift+Enter step through them in date order), the actor
 * and source filters, lanes by actor, "Show all" and "Copy link to this view". The page owns the
 * state: the bar sends changes up and is told what is shown (`update`), announcing it once.
 */
export function wireFilterForm(form: HTMLFormElement, hooks: FindHooks): { update(state: FindState, selection: Selection | null): void } {
  const q = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const actor = form.querySelector<HTMLSelectElement>('select[name=actor]');
  const outlet = form.querySelector<HTMLSelectElement>('select[name=outlet]');
  const lanes = form.querySelector<HTMLInputElement>('input[name=lanes]')!;
  const count = form.querySelector<HTMLElement>('.count')!;
  const clear = form.querySelector<HTMLButtonElement>('button.clear')!;
  const matchesText = form.querySelector<HTMLElement>('.matches')!;
  const steps = [...form.querySelectorAll<HTMLButtonElement>('button.match-step')];
  // One polite live region for the bar: what is shown, said once per change.
  const live = form.appendChild(document.createElement('p'));
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  let matches: string[] = [];
  let searchTimer = 0;
  let searchRun = 0;

  form.addEventListener('submit', (e) => e.preventDefault());
  const one = (v: string | undefined) => (v ? [v] : undefined);
  q.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => hooks.set({ ...hooks.state(), q: q.value.trim() || undefined }), SEARCH_DELAY);
  });
  q.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    clearTimeout(searchTimer);
    if ((q.value.trim() || undefined) !== hooks.state().q) hooks.set({ ...hooks.state(), q: q.value.trim() || undefined });
    else step(e.shiftKey ? -1 : 1);
  });
  actor?.addEventListener('change', () => hooks.set({ ...hooks.state(), actors: one(actor.value) }));
  outlet?.addEventListener('change', () => hooks.set({ ...hooks.state(), outlets: one(outlet.value) }));
  lanes.addEventListener('change', () => hooks.set({ ...hooks.state(), lanes: lanes.checked ? 'actor' : undefined }));
  clear.addEventListener('click', () => {
    hooks.set({});
    q.focus();
  });
  form.querySelector('button.copy-view')?.addEventListener('click', () => hooks.copyView());
  for (const b of steps) b.addEventListener('click', () => step(Number(b.dataset.dir) as 1 | -1));
  // The bar is wired when its script is here (on the reader's first interaction): what the reader
  // typed or chose before that is applied now.
  const edits = formEdits(form);
  if (edits) hooks.set({ ...hooks.state(), ...edits });

  /** Selects the next (or previous) match after the selected event, in date order, and brings it into view. */
  function step(dir: 1 | -1): void {
    if (!matches.length) return;
    const shown = hooks.chart.model;
    const cur = hooks.chart.selectedId ? (shown?.byId.get(hooks.chart.selectedId)?.index ?? -1) : -1;
    const at = matches.map((id) => shown?.byId.get(id)?.index ?? -1);
    let i = -1;
    if (dir > 0) i = at.findIndex((x) => x > cur);
    else for (let k = at.length - 1; k >= 0 && i < 0; k--) if (at[k] >= 0 && at[k] < cur) i = k;
    // Past the last (or before the first): round again.
    if (i < 0) i = dir > 0 ? 0 : at.length - 1;
    hooks.chart.select(matches[i], { center: true, cause: 'keyboard' });
    matchesText.textContent = msg(str`${formatNumber(i + 1)} of ${formatNumber(matches.length)} matches`, { id: 'find.match.at' });
  }

  /** Highlights the matches (among what is shown) in the chart and the list. */
  function highlight(result: SearchResult | null): void {
    const shown = hooks.chart.model;
    matches = result ? result.ids.filter((id) => shown?.byId.has(id)) : [];
    hooks.chart.searchMatches = result ? new Set(matches) : null;
    for (const li of hooks.list?.querySelectorAll<HTMLElement>('li.event[data-id]') ?? []) {
      const item = hooks.model.byId.get(li.dataset.id!);
      const hit = Boolean(result && item && result.mask[item.index] === 1);
      li.classList.toggle('is-match', hit);
      const title = li.querySelector<HTMLElement>('a.event-link');
      if (title && item) markTitle(title, item.event.title, hit && result ? result.titleRanges(item.index) : []);
    }
    const n = matches.length;
    matchesText.hidden = !result;
    const said = formatNumber(n);
    matchesText.textContent =
      n === 0
        ? msg('No matches', { id: 'find.matches.none' })
        : plural(n, {
            one: msg(str`${said} match`, { id: 'find.matches.one' }),
            few: msg(str`${said} matches`, { id: 'find.matches.few' }),
            many: msg(str`${said} matches`, { id: 'find.matches.many' }),
            other: msg(str`${said} matches`, { id: 'find.matches.other' }),
          });
    for (const b of steps) b.hidden = n === 0;
  }

  return {
    update(state, selection) {
      if (document.activeElement !== q && q.value.trim() !== (state.q ?? '')) q.value = state.q ?? '';
      if (actor) actor.value = state.actors?.length === 1 && [...actor.options].some((o) => o.value === state.actors![0]) ? state.actors[0] : '';
      if (outlet) outlet.value = state.outlets?.length === 1 && [...outlet.options].some((o) => o.value === state.outlets![0]) ? state.outlets[0] : '';
      lanes.checked = state.lanes === 'actor';
      clear.hidden = !narrows(state);
      count.textContent = selection ? selection.sentence : countSentence(hooks.model.events.length, hooks.model.events.length);
      const run = ++searchRun;
      const said = selection ? msg(str`Showing ${selection.sentence}`, { id: 'find.showing' }) : '';
      if (!state.q) {
        highlight(null);
        if (said && live.textContent !== said) live.textContent = said;
        return;
      }
      void hooks.search().then((index) => {
        if (run !== searchRun) return;
        highlight(searchEvents(index, hooks.model, state.q!));
        live.textContent = `${said ? `${said}. ` : ''}${matchesText.textContent}`;
      });
    },
  };
}

/**
 * What the reader changed in the build-rendered bar (the search box, the actor and source
 * choices, lanes by actor) from how the page wrote it, as a change of the find state; null when
 * nothing was changed.
 */
export function formEdits(form: HTMLFormElement): Partial<FindState> | null {
  const edits: Partial<FindState> = {};
  const q = form.querySelector<HTMLInputElement>('input[name=q]');
  if (q && q.value !== q.defaultValue) edits.q = q.value.trim() || undefined;
  for (const [name, key] of [['actor', 'actors'], ['outlet', 'outlets']] as const) {
    const select = form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    const written = select && ([...select.options].find((o) => o.defaultSelected) ?? select.options[0])?.value;
    if (select && select.value !== written) edits[key] = select.value ? [select.value] : undefined;
  }
  const lanes = form.querySelector<HTMLInputElement>('input[name=lanes]');
  if (lanes && lanes.checked !== lanes.defaultChecked) edits.lanes = lanes.checked ? 'actor' : undefined;
  return Object.keys(edits).length ? edits : null;
}

/** Writes a title with its matched words in <mark> (as text nodes: never markup). */
function markTitle(el: HTMLElement, title: string, ranges: readonly [number, number][]): void {
  if (!ranges.length) {
    if (el.textContent !== title || el.firstElementChild) el.textContent = title;
    return;
  }
  const parts: (string | Node)[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a > at) parts.push(title.slice(at, a));
    const m = document.createElement('mark');
    m.textContent = title.slice(a, b);
    parts.push(m);
    at = b;
  }
  if (at < title.length) parts.push(title.slice(at));
  el.replaceChildren(...parts);
}
