import type { ViewRequest } from '../url/view-request';
import type { EventFacets } from './event-facets';
import { msg, str } from '../i18n/msg';

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
  if (noActor.length || noOutlet.length) out.notice = filterNotice(noActor, noOutlet);
  return out;
}

/** The notice for names no event has: 'No events by “Atlantis”: the filter is left out.' */
function filterNotice(noActor: string[], noOutlet: string[]): string {
  const or = msg(' or ', { id: 'notice.filter.or' });
  const [by, from] = [noActor.map(quote).join(or), noOutlet.map(quote).join(or)];
  if (by && from) return msg(str`No events by ${by}, none from ${from}: the filters are left out.`, { id: 'notice.filter.both' });
  if (noActor.length > 1) return msg(str`No events by ${by}: the filters are left out.`, { id: 'notice.filter.actors' });
  if (by) return msg(str`No events by ${by}: the filter is left out.`, { id: 'notice.filter.actor' });
  if (noOutlet.length > 1) return msg(str`No events from ${from}: the filters are left out.`, { id: 'notice.filter.outlets' });
  return msg(str`No events from ${from}: the filter is left out.`, { id: 'notice.filter.outlet' });
}
