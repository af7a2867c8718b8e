import { LitElement, css, html } from 'lit';
import { visuallyHidden } from './visually-hidden.styles';
import { msg } from '../i18n/msg';

/**
 * `<copy-dialog>`: a modal that shows text to copy (a link, an embed snippet) with a Copy
 * button; where the clipboard is refused (sandboxed frames) the text is selected for Ctrl+C.
 * Call `show(heading, text)`.
 */
export class CopyDialog extends LitElement {
  static properties = { heading: { state: true }, text: { state: true }, status: { state: true } };
  declare heading: string;
  declare text: string;
  declare status: string;

  constructor() {
    super();
    this.heading = '';
    this.text = '';
    this.status = '';
  }

  static styles = css`
    dialog { max-width: min(40rem, calc(100vw - 2rem)); border: 1px solid var(--border); border-radius: 8px; background: var(--surface); color: var(--text); font: 0.9375rem/1.45 system-ui, sans-serif; }
    dialog::backdrop { background: rgb(0 0 0 / 0.35); }
    h2 { margin: 0 0 0.5rem; font-size: 1.1rem; }
    textarea { box-sizing: border-box; width: 100%; min-height: 4.5rem; font: 0.8125rem/1.4 ui-monospace, monospace; color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 0.4rem; }
    .row { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.6rem; flex-wrap: wrap; }
    button { font: inherit; padding: 0.35rem 0.8rem; min-height: 2.5rem; border: 1px solid var(--border); border-radius: 6px; background: var(--surface-2); color: var(--text); cursor: pointer; }
    button:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    p { margin: 0; }
    ${visuallyHidden}
  `;

  /** Opens the dialog with a heading and the text to copy. */
  async show(heading: string, text: string): Promise<void> {
    this.heading = heading;
    this.text = text;
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
    this.renderRoot.querySelector('textarea')?.select();
  }

  private async copy(): Promise<void> {
    const area = this.renderRoot.querySelector('textarea');
    try {
      await navigator.clipboard.writeText(this.text);
      this.status = msg('Copied.', { id: 'copy.done' });
    } catch {
      area?.focus();
      area?.select();
      this.status = msg('Your browser did not allow copying here: the text is selected, press Ctrl+C (⌘C on a Mac).', { id: 'copy.refused' });
    }
  }

  private close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  render() {
    return html`<dialog aria-labelledby="copy-heading">
      <h2 id="copy-heading">${this.heading}</h2>
      <label class="visually-hidden" for="copy-text">${msg('Text to copy', { id: 'copy.text' })}</label>
      <textarea id="copy-text" name="copy-text" readonly rows=${this.text.length > 120 ? 5 : 2} .value=${this.text}></textarea>
      <div class="row">
        <button type="button" @click=${this.copy}>${msg('Copy', { id: 'copy.copy' })}</button>
        <button type="button" @click=${this.close}>${msg('Close', { id: 'card.close' })}</button>
        <p role="status">${this.status}</p>
      </div>
    </dialog>`;
  }
}

customElements.define('copy-dialog', CopyDialog);

declare global {
  interface HTMLElementTagNameMap {
    'copy-dialog': CopyDialog;
  }
}
