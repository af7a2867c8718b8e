/** Shows a short, calm notice (e.g. about an unreadable link) as text, never markup. */
export function showNotice(text: string): void {
  const el = document.getElementById('notice');
  if (!el) return;
  el.textContent = text;
  el.hidden = false;
}

let toastTimer = 0;

/** Confirms an action (e.g. "Link copied") briefly, announced politely. */
export function toast(text: string): void {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    el.hidden = true;
    el.textContent = '';
  }, 2500);
}
