/**
 * DOM writes that only write a change. The chart redraws on every frame of a zoom or pan, and a
 * write of the same value still costs: `classList.add` of a class already there, or `setAttribute`
 * or `textContent` with the same text, each queue a mutation and can invalidate style and layout
 * (a pan at 10,000 events wrote over 300 unchanged classes a frame).
 */

/** Sets an attribute unless it already has that value. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets an element's text unless it already reads that. */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Adds or removes a class unless it is already so. */
export function setClass(el: Element, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
