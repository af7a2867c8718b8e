import { css } from '@lit/reactive-element';

/** `.visually-hidden`: text for screen readers only, for components' shadow roots (the page has its own in page.css). */
export const visuallyHidden = css`
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
