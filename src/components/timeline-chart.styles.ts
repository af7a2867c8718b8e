import { css } from '@lit/reactive-element';
import { visuallyHidden } from './visually-hidden.styles';

/** Styles of `<timeline-chart>`; colours come from the page's theme variables (styles/theme.css). */
export const chartStyles = css`
  :host { display: block; position: relative; color: var(--text); font: 0.875rem/1.4 system-ui, sans-serif; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; margin-block-end: 0.25rem; }
  .zoom { display: flex; gap: 0.25rem; }
  button {
    min-width: 2.75rem; min-height: 2.75rem; padding: 0 0.6rem; font: inherit; font-size: 1rem; cursor: pointer;
    color: var(--text); background: var(--surface); border: 1px solid var(--border); border-radius: 6px;
  }
  button:hover { background: var(--surface-2); }
  button[aria-disabled='true'] { opacity: 0.45; cursor: default; }
  /* Previous and Next move in time, which runs left to right in the plot in every edition (see README): same order, same arrows. */
  .steps { direction: ltr; }
  .steps button { font-size: 0.9375rem; }
  .steps .prev::before { content: '‹ '; }
  .steps .next::after { content: ' ›'; }
  button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; margin: 0; padding: 0; list-style: none; font-size: 0.8125rem; }
  .legend li { display: flex; align-items: center; gap: 0.3rem; }
  .legend button {
    display: flex; align-items: center; gap: 0.3rem; min-width: 0; min-height: 1.5rem; padding-block: 0; padding-inline: 0.35rem 0.5rem;
    font-size: 0.8125rem; border-radius: 999px; border-color: var(--grid);
  }
  .legend button[aria-pressed='false'] { color: var(--muted); text-decoration: line-through; background: transparent; border-style: dashed; }
  .legend button[aria-pressed='false'] svg { opacity: 0.35; }
  .lane-names { position: absolute; inset-inline-start: 0; top: 0; pointer-events: none; font-size: 0.6875rem; font-weight: 600; color: var(--muted); }
  .lane-names div { position: absolute; inset-inline-start: 0; white-space: nowrap; padding: 0 0.25rem; background: color-mix(in srgb, var(--bg) 85%, transparent); border-radius: 3px; }
  .is-dim { opacity: 0.3; }
  .is-match .ring { stroke: var(--focus); stroke-width: 2.5; stroke-dasharray: 3 2; }
  .is-match .label { font-weight: 700; }
  .legend svg { width: 16px; height: 16px; overflow: visible; }
  .legend svg:last-child { width: 26px; }
  /* Time runs left to right in the plot in every edition (the plot has dir="ltr"; see README). */
  .plot { position: relative; direction: ltr; }
  svg.chart { display: block; width: 100%; overflow: clip; touch-action: pan-y; cursor: grab; user-select: none; -webkit-user-select: none; }
  svg.chart:active { cursor: grabbing; }
  svg.chart:focus { outline: none; }
  svg.chart:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .axis { color: var(--muted); font-size: 0.75rem; }
  .axis .domain { stroke: var(--border); }
  .axis .tick line { stroke: var(--grid); }
  .axis text { fill: var(--muted); font: 0.75rem system-ui, sans-serif; }
  .axis .context text { fill: var(--text); font-weight: 600; }
  .axis .context line { stroke: var(--border); }
  .mark { cursor: pointer; outline: none; }
  .mark .symbol, .legend path { fill: currentColor; stroke: var(--surface); stroke-width: 1; }
  .mark .span, .span-sample { fill: currentColor; fill-opacity: 0.16; stroke: currentColor; stroke-opacity: 0.55; stroke-dasharray: 3 2; }
  .mark .span.open-start { fill-opacity: 0.08; stroke-dasharray: 1 4; }
  .mark .ring { fill: var(--surface); fill-opacity: 0.001; stroke: none; }
  .event .label { fill: var(--text); font: 0.75rem system-ui, sans-serif; cursor: pointer; pointer-events: bounding-box; }
  .event:hover .ring, .is-current .ring { stroke: var(--muted); stroke-width: 2; }
  .is-selected .ring { stroke: var(--text); stroke-width: 2.5; fill-opacity: 1; }
  .mark:focus-visible .ring { stroke: var(--focus); stroke-width: 3.5; fill-opacity: 1; }
  .kind-delivery { color: var(--kind-delivery); }
  .kind-agreement { color: var(--kind-agreement); }
  .kind-strike { color: var(--kind-strike); }
  .kind-report { color: var(--kind-report); }
  .kind-statement { color: var(--kind-statement); }
  .kind-denial { color: var(--kind-denial); }
  .kind-forecast { color: var(--kind-forecast); }
  .marked-day rect { fill: var(--focus); fill-opacity: 0.12; stroke: var(--focus); stroke-dasharray: 4 3; }
  .marked-day text { fill: var(--text); font: 600 0.75rem system-ui, sans-serif; }
  .group { cursor: zoom-in; outline: none; }
  .group:focus-visible rect { stroke: var(--focus); stroke-width: 3; }
  .group rect { fill: var(--group); stroke: var(--surface); stroke-width: 1.5; }
  .group text { fill: var(--on-group); font: 600 0.6875rem system-ui, sans-serif; pointer-events: none; }
  .hint {
    /* Centred in the plot (physical on purpose: left 50% and the shift back by half go together). */
    position: absolute; inset: 40% auto auto 50%; transform: translate(-50%, -50%); pointer-events: none;
    padding: 0.4rem 0.8rem; border-radius: 6px; background: var(--text); color: var(--surface); font-weight: 600;
  }
  .hint[hidden] { display: none; }
  .edges { display: flex; justify-content: space-between; min-height: 2.25rem; }
  .edge { min-height: 2.25rem; min-width: 0; padding: 0 0.6rem; font-size: 0.8125rem; }
  .edge.after { margin-inline-start: auto; }
  .edge[hidden] { display: none; }
  ${visuallyHidden}
  @media (prefers-reduced-motion: no-preference) { .mark .ring { transition: stroke-width 120ms; } }
`;
