import type { TimelineModel } from '../../data/timeline-model';
import type { TimelineData, TimelineEvent } from '../../data/types';
import type { PageKind } from '../../render/page-meta';
import type { Edition } from '../../time/locale-dates';
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
 * The share cards a build writes for an edition: the main page's, and one per event page when
 * the build writes event pages (`eventPages`), none for pages that do not exist. `data` and
 * `model` are the edition's (its texts in place, see src/data/localize-event.ts), `dateLabels`
 * its labels of approximate dates by event id (`localizeEvent(…).dateLabel`). The cards' fixed
 * words come from the catalogue `msg()` answers in: call `useCatalogue(edition, …)` first.
 *
 * @example planCards(faData, faModel, true, 'fa', labels).map((c) => c.fileName) // ['cards/fa/timeline.png', 'cards/fa/events/<id>.png', …]
 */
export function planCards(data: TimelineData, model: TimelineModel<TimelineEvent>, eventPages: boolean, edition: Edition = 'en', dateLabels: Readonly<Record<string, string>> = {}): PlannedCard[] {
  const timeline = { title: data.title, description: data.description, model, edition, dateLabels };
  const pages: PageKind[] = [{ kind: 'main' }, ...(eventPages ? model.events.map((item) => ({ kind: 'event' as const, item })) : [])];
  return pages.map((page) => ({
    fileName: cardPath(page, edition)!,
    tree: page.kind === 'event' ? eventCard(page.item, timeline) : timelineCard(timeline),
  }));
}
