import '../components/copy-dialog';
import { toast } from './page-notices';
import { msg } from '../i18n/msg';

function dialog() {
  let d = document.querySelector('copy-dialog');
  if (!d) document.body.append((d = document.createElement('copy-dialog')));
  return d;
}

/** Copies a link; where the clipboard is refused (e.g. in a sandboxed frame) shows it to copy by hand. */
export async function copyLink(url: string): Promise<void> {
  if (await tryCopy(url)) toast(msg('Link copied.', { id: 'copy.link.done' }));
  else await dialog().show(msg('Copy this link', { id: 'copy.link' }), url);
}

/** Puts text on the clipboard; false where the browser refuses (e.g. in a sandboxed frame), so the caller can select it for Ctrl+C. */
export async function tryCopy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
