import '../components/copy-dialog';
import { toast } from './page-notices';

function dialog() {
  let d = document.querySelector('copy-dialog');
  if (!d) document.body.append((d = document.createElement('copy-dialog')));
  return d;
}

/** Copies a link; where the clipboard is refused (e.g. in a sandboxed frame) shows it to copy by hand. */
export async function copyLink(url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    toast('Link copied.');
  } catch {
    await dialog().show('Copy this link', url);
  }
}

/** Shows text to copy with a heading, e.g. the embed snippet. */
export async function showToCopy(heading: string, text: string): Promise<void> {
  await dialog().show(heading, text);
}
