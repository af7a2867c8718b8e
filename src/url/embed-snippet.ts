import { DEFAULT_EMBED, embedCode } from './embed-options';

export { SNIPPET_HEIGHT } from './embed-options';

/**
 * The default snippet an editor pastes to embed the timeline (what the embed builder gives
 * before any option is changed): a lazy, borderless, full-width iframe with a meaningful title,
 * and one script line that sizes the frame to the timeline.
 *
 * @example embedSnippet('https://example.org/timeline/', 'Iran and Russia')
 */
export function embedSnippet(rootUrl: string, title: string): string {
  return embedCode(rootUrl, title, DEFAULT_EMBED).snippet;
}
