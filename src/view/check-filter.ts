import type { ViewRequest } from '../url/view-request';
import type { EventFacets } from './event-facets';

/** A link's actor and outlet filters checked against the data, with a notice for what matched nothing. */
export interface CheckedFilter {
  actors?: string[];
  outlets?: string[];
  notice?: string;
}

/** The data's spelling of each name (exact first, then ignoring case); names no event has are listed in `missing`. */
function known(names: readonly string[] | undefined, all: readonly string[], missing: string[]): string[] | undefined {
  if (!names?.length) return undefined;
  const exact = new Set(all);
  const lower = new Map<string, string>();
  for (const n of all) if (!lower.has(n.toLowerCase())) lower.set(n.toLowerCase(), n);
  const out: string[] = [];
  for (const n of names) {
    const name = exact.has(n) ? n : lower.get(n.toLowerCase());
    if (name === undefined) missing.push(n);
    else if (!out.includes(name)) out.push(name);
  }
  return out.length ? out : undefined;
}

const quote = (name: string) => `“${name.length > 40 ? `${name.slice(0, 39)}…` : name}”`;

/**
 * Keeps the actors and outlets of a link that some event has (in the data's spelling: `iran`
 * finds "Iran") and leaves out the rest with a calm notice, so that a stale or mistyped link
 * never shows an empty timeline.
 *
 * @example checkFilter({ actors: ['Iran', 'Atlantis'] }, facets) // { actors: ['Iran'], notice: 'No events by “Atlantis”: the filter is left out.' }
 */
export function checkFilter(request: Pick<ViewRequest, 'actors' | 'outlets'>, facets: Pick<EventFacets, 'actors' | 'outlets'>): CheckedFilter {
  const noActor: string[] = [];
  const noOutlet: string[] = [];
  const out: CheckedFilter = {};
  const actors = known(request.actors, facets.actors, noActor);
  const outlets = known(request.outlets, facets.outlets, noOutlet);
  if (actors) out.actors = actors;
  if (outlets) out.outlets = outlets;
  const parts = [noActor.length ? `by ${noActor.map(quote).join(' or ')}` : '', noOutlet.length ? `from ${noOutlet.map(quote).join(' or ')}` : ''].filter(Boolean);
  const several = noActor.length + noOutlet.length > 1;
  if (parts.length) out.notice = `No events ${parts.join(', none ')}: the ${several ? 'filters are' : 'filter is'} left out.`;
  return out;
}
