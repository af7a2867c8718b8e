/**
 * The functions every string of the interface goes through: `msg('Zoom in', { id: 'chart.zoom-in' })`,
 * `msg(str`${count} events`, { id: 'count.events.other' })`. They are @lit/localize's; `lit-localize extract`
 * finds every call by its type, and catalogue.ts decides which language they answer in.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
