import type { Kind } from '../data/types';

/** What the reader narrowed the timeline to, besides where it is: the filter, the search and the lane mode. */
export interface FindState {
  kinds?: Kind[];
  actors?: string[];
  outlets?: string[];
  q?: string;
  lanes?: 'actor';
}

/** Whether a view narrows the timeline (a filter, a search or lanes by actor). */
export function narrows(v: { kinds?: readonly Kind[]; actors?: readonly string[]; outlets?: readonly string[]; q?: string; lanes?: string }): boolean {
  return Boolean(v.kinds?.length || v.actors?.length || v.outlets?.length || v.q || v.lanes);
}
