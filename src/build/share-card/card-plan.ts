import type { TimelineModel } from '../../data/timeline-model';
import type { TimelineData, TimelineEvent } from '../../data/types';
import type { PageKind } from '../../render/page-meta';
import type { CardNode } from './card-node';
import { cardPath } from './card-page';
import { eventCard } from './event-card';
import { timelineCard } from './timeline-card';

/** A card to render: its file and its layout. */
export interface PlannedCard {
  fileName: string;
  tree: CardNode;
}

/**
 * The share cards a build writes: the main page's, and one per event page when the build writes
 * event pages (`eventPages`), none for pages that do not exist.
 */
export function planCards(data: TimelineData, model: TimelineModel<TimelineEvent>, eventPages: boolean): PlannedCard[] {
  const timeline = { title: data.title, description: data.description, model };
  const pages: PageKind[] = [{ kind: 'main' }, ...(eventPages ? model.events.map((item) => ({ kind: 'event' as const, item })) : [])];
  return pages.map((page) => ({
    fileName: cardPath(page)!,
    tree: page.kind === 'event' ? eventCard(page.item, timeline) : timelineCard(timeline),
  }));
}
