/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { frames, inFrame, inFrameWhen, input, until, viewport } from './input';
import { openSite } from './site';
import { expectNoAxeViolations } from './axe';
import type { EmbedBuilder } from '../../src/components/embed-builder';
import { pymXdomain } from '../../src/url/embed-options';

// The embed builder on the built site (npm run build), driven as an editor does it: real clicks
// and keys on its options, each of which changes the live preview's src and the snippet alike.
// Then the snippet is pasted into an article on another origin, where it shows what the
// preview showed.

const DESKTOP = { width: 1280, height: 800 };
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const OTHER_ORIGIN = `http://${otherHost}:${location.port}`;

async function open() {
  await viewport(DESKTOP);
  document.body.style.margin = '0';
  const frame = await openSite('/dist/', DESKTOP);
  const doc = frame.contentDocument!;
  // The page is wired once it is idle and its lazy part is here.
  await until(() => Boolean(frame.contentWindow!.Timeline), 'the lazy part', 8000);
  await new Promise((r) => frame.contentWindow!.requestIdleCallback(r, { timeout: 2000 }));
  const button = doc.getElementById('embed-button') as HTMLButtonElement;
  expect(button.hidden).to.equal(false);
  await click(frame, button);
  await until(() => Boolean(doc.querySelector('embed-builder')?.shadowRoot?.querySelector('dialog[open]')), 'the builder to open', 8000);
  const builder = doc.querySelector('embed-builder') as EmbedBuilder;
  const root = builder.shadowRoot!;
  await until(() => Boolean(root.querySelector('embed-preview')?.shadowRoot?.querySelector('iframe')?.src), 'the preview', 3000);
  return { frame, doc, button, builder, root };
}

type Builder = Awaited<ReturnType<typeof open>>;

/** A real click at the centre of an element inside the site's frame (scrolled into view first). */
async function click(frame: HTMLIFrameElement, el: Element) {
  el.scrollIntoView({ block: 'center' });
  await frames(2);
  const r = el.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  await input({ type: 'click', x: Math.round(f.left + r.left + r.width / 2), y: Math.round(f.top + r.top + r.height / 2) });
}

async function keys(...list: string[]) {
  for (const key of list) await input({ type: 'press', key });
}

const $ = <T extends Element = HTMLElement>(b: Builder, sel: string) => {
  const el = b.root.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel} in the builder`);
  return el;
};
const preview = (b: Builder) => {
  const frame = $(b, 'embed-preview').shadowRoot?.querySelector('iframe');
  if (!frame) throw new Error('no preview frame');
  return frame;
};
const snippet = (b: Builder) => $<HTMLTextAreaElement>(b, 'textarea').value;
/** The embed URL a snippet frames: the iframe's src, or the Pym.js form's URL. */
function snippetSrc(text: string): string {
  const t = document.createElement('template');
  t.innerHTML = text;
  const frame = t.content.querySelector('iframe');
  if (frame) return frame.getAttribute('src')!;
  const m = /new pym\.Parent\('[\w-]+', ("(?:[^"\\]|\\.)*")/.exec(text);
  return m ? (JSON.parse(m[1]) as string) : '';
}
const params = (src: string) => Object.fromEntries([...new URL(src).searchParams]);

/** Waits until the preview shows what the snippet frames, and that differs from `before`; returns it. */
async function settled(b: Builder, before: string): Promise<string> {
  await until(() => snippetSrc(snippet(b)) !== before && preview(b).src === snippetSrc(snippet(b)), `the preview and the snippet to change from ${before}`, 4000);
  return preview(b).src;
}

/** The ids of the events a timeline page draws (each once). */
const drawnIn = (doc: Document): string[] =>
  [...new Set([...doc.querySelector('timeline-chart')!.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')].map((m) => m.dataset.id!))].sort();
/** Whether a timeline page has drawn, its filter applied. */
const readyIn = (doc: Document): boolean => Boolean(doc.querySelector('timeline-chart')?.hasAttribute('data-drawn') && !doc.documentElement.classList.contains('find-pending'));
/** The page's background and whether its title shows. */
const lookIn = (doc: Document) => ({ bg: getComputedStyle(doc.documentElement).backgroundColor, title: getComputedStyle(doc.querySelector('.masthead')!).display });
/** The same, as an expression to evaluate in a frame on another origin. */
const inDoc = (f: (doc: Document) => unknown) => `(${f.toString()})(document)`;

/**
 * Pastes a snippet into an article on this page, as a CMS does (scripts recreated so they run).
 * The snippet names the site's origin; here the site is served from another, so the article
 * and the timeline are on different origins, as in production. Pym.js loads from this server.
 */
function paste(code: string): HTMLElement {
  const moved = code
    .replaceAll(JSON.stringify(pymXdomain(location.origin)), JSON.stringify(pymXdomain(OTHER_ORIGIN)))
    .replaceAll(location.origin, OTHER_ORIGIN)
    .replace('https://pym.nprapps.org/pym.v1.min.js', '/node_modules/pym.js/dist/pym.v1.min.js');
  document.body.innerHTML = '';
  const main = document.createElement('main');
  main.style.width = '680px';
  main.append(Object.assign(document.createElement('p'), { textContent: 'Article text. '.repeat(40) }));
  const box = document.createElement('div');
  main.append(box);
  document.body.append(main);
  const t = document.createElement('template');
  t.innerHTML = moved;
  const scripts: HTMLScriptElement[] = [];
  for (const node of [...t.content.childNodes]) {
    if (node instanceof HTMLScriptElement) scripts.push(node);
    else box.append(node);
  }
  // In order, each inline script after the scripts before it have loaded.
  void scripts.reduce(
    (ready, old) =>
      ready.then(
        () =>
          new Promise<void>((resolve) => {
            const s = document.createElement('script');
            if (old.src) {
              s.src = old.getAttribute('src')!;
              s.onload = s.onerror = () => resolve();
            } else s.textContent = old.textContent;
            box.append(s);
            if (!old.src) resolve();
          }),
      ),
    Promise.resolve(),
  );
  return box;
}

describe('the embed builder', () => {
  after(() => viewport());

  it('each option changes the preview and the snippet alike, by real clicks and keys', async () => {
    const b = await open();
    let loads = 0;
    preview(b).addEventListener('load', () => loads++);
    let src = preview(b).src;
    expect(snippetSrc(snippet(b))).to.equal(src);
    expect(new URL(src).pathname).to.equal('/dist/embed.html');

    // Opens on: an event, a window of months, the whole timeline.
    await click(b.frame, $(b, 'input[name=start][value=event]'));
    src = await settled(b, src);
    const select = $<HTMLSelectElement>(b, '#eb-event');
    expect(params(src).event).to.equal(select.value);
    select.focus();
    await keys('ArrowDown');
    src = await settled(b, src);
    expect(params(src).event).to.equal(select.value);
    expect(select.selectedIndex).to.equal(1);

    await click(b.frame, $(b, 'input[name=start][value=window]'));
    src = await settled(b, src);
    const to = $<HTMLInputElement>(b, '#eb-to');
    expect([params(src).from, params(src).to]).to.deep.equal([$<HTMLInputElement>(b, '#eb-from').value, to.value]);
    to.focus();
    await keys('ArrowUp');
    src = await settled(b, src);
    expect(params(src).to).to.equal(to.value);
    await click(b.frame, $(b, 'input[name=start][value=all]'));
    src = await settled(b, src);
    for (const k of ['event', 'date', 'from', 'to']) expect(params(src)).to.not.have.property(k);

    // Shows: a kind off, an actor, a source, lanes by actor.
    await click(b.frame, $(b, 'input[name=kind][value=statement]'));
    src = await settled(b, src);
    expect(params(src).kind.split(',')).to.not.include('statement');
    expect(params(src).kind.split(',')).to.include('strike');
    for (const [id, key] of [['#eb-actor', 'actor'], ['#eb-outlet', 'outlet']] as const) {
      const s = $<HTMLSelectElement>(b, id);
      s.focus();
      await keys('ArrowDown');
      src = await settled(b, src);
      expect(s.value).to.not.equal('');
      expect(params(src)[key]).to.equal(s.value);
    }
    await click(b.frame, $(b, 'input[name=lanes]'));
    src = await settled(b, src);
    expect(params(src).lanes).to.equal('actor');

    // Looks: the title hidden, the theme dark, then auto.
    await click(b.frame, $(b, 'input[name=title]'));
    src = await settled(b, src);
    expect(params(src).title).to.equal('0');
    await click(b.frame, $(b, 'input[name=theme][value=dark]'));
    src = await settled(b, src);
    expect(params(src).theme).to.equal('dark');
    await click(b.frame, $(b, 'input[name=theme][value=auto]'));
    src = await settled(b, src);
    expect(params(src).theme).to.equal('auto');

    // A kind toggled off and on again (Space, Space) within the debounce: the preview is not reloaded.
    await until(() => preview(b).contentDocument?.location.href === src && preview(b).contentDocument?.readyState === 'complete', 'the preview to load', 5000);
    await new Promise((r) => setTimeout(r, 100));
    const loadsBefore = loads;
    const docBefore = preview(b).contentDocument;
    const strike = $(b, 'input[name=kind][value=strike]');
    strike.focus();
    await input({ type: 'press', key: ' ' }, { type: 'press', key: ' ' });
    await new Promise((r) => setTimeout(r, 700));
    expect(preview(b).src).to.equal(src);
    expect(loads, 'no reload for an unchanged URL').to.equal(loadsBefore);
    expect(preview(b).contentDocument === docBefore, 'the same document').to.equal(true);

    // Size and code: a fixed height drops embed.js; the Pym.js form keeps the src (no reload).
    const height = $<HTMLInputElement>(b, '#eb-height');
    await click(b.frame, height);
    await keys('6', '4', '0');
    await until(() => !snippet(b).includes('<script'), 'the snippet without embed.js');
    const fixed = document.createElement('template');
    fixed.innerHTML = snippet(b);
    expect(fixed.content.querySelector('iframe')!.getAttribute('height')).to.equal('640');
    expect(fixed.content.querySelector('iframe')!.hasAttribute('data-timeline-embed')).to.equal(false);
    await until(() => preview(b).style.height === '640px', 'the preview at the fixed height');
    expect(snippetSrc(snippet(b))).to.equal(src);
    await keys('Backspace', 'Backspace', 'Backspace');
    await until(() => snippet(b).includes('embed.js'), 'embed.js back');
    await click(b.frame, $(b, 'input[name=form][value=pym]'));
    await until(() => snippet(b).includes('new pym.Parent('), 'the Pym.js form');
    expect(snippet(b)).to.contain(`xdomain: "^${location.origin.replace(/\./g, '\\\\.')}"`);
    expect(snippetSrc(snippet(b))).to.equal(src);
    await new Promise((r) => setTimeout(r, 500));
    expect(preview(b).src).to.equal(src);

    // The preview's width: phone and article.
    await click(b.frame, $(b, 'input[name=width][value=phone]'));
    await until(() => preview(b).getBoundingClientRect().width === 375, 'the phone width');
    await click(b.frame, $(b, 'input[name=width][value=article]'));
    await until(() => preview(b).getBoundingClientRect().width === 680, 'the article width');

    // The #timeline= note names a fragment parseLink reads.
    expect($(b, '.output .hint code').textContent).to.match(/^#timeline=/);
  });

  it('has no axe violations when open; Copy copies or selects the code; Escape closes it and focus returns to the button', async () => {
    const b = await open();
    await expectNoAxeViolations(b.doc);
    // Copy: copied, or (where the browser refuses the clipboard) the whole code selected to copy by hand.
    await click(b.frame, $(b, 'button.copy'));
    const status = $(b, '[role=status]');
    await until(() => (status.textContent ?? '').trim() !== '', 'the copy status');
    if (status.textContent !== 'Copied.') {
      const area = $<HTMLTextAreaElement>(b, 'textarea');
      expect(b.root.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    }
    await input({ type: 'press', key: 'Escape' });
    await until(() => !b.root.querySelector('dialog[open]'), 'the dialog to close');
    expect(b.doc.activeElement).to.equal(b.button);
  });

  it('the snippet, pasted into an article on another origin, shows what the preview showed', async () => {
    const b = await open();
    let src = preview(b).src;
    await click(b.frame, $(b, 'input[name=start][value=window]'));
    src = await settled(b, src);
    await click(b.frame, $(b, 'input[name=kind][value=statement]'));
    src = await settled(b, src);
    await click(b.frame, $(b, 'input[name=theme][value=dark]'));
    src = await settled(b, src);
    await click(b.frame, $(b, 'input[name=title]'));
    src = await settled(b, src);
    const doc = () => preview(b).contentDocument!;
    await until(() => doc()?.location.href === src && readyIn(doc()), 'the preview to draw', 8000);
    await frames(3);
    const shown = { drawn: drawnIn(doc()), look: lookIn(doc()) };
    expect(shown.drawn.length).to.be.greaterThan(0);
    expect(shown.look.title).to.equal('none');
    const box = paste(snippet(b));
    const frame = box.querySelector('iframe')!;
    expect(frame.src.startsWith(OTHER_ORIGIN)).to.equal(true);
    const at = frame.src.replace(/^https?:\/\//, '');
    expect(await inFrameWhen<boolean>(at, inDoc(readyIn), 10000)).to.equal(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(await inFrame<string[]>(at, inDoc(drawnIn))).to.deep.equal(shown.drawn);
    expect(await inFrame<{ bg: string; title: string }>(at, inDoc(lookIn))).to.deep.equal(shown.look);
    // embed.js sizes it to the timeline.
    const h = await inFrame<number>(at, 'Math.ceil(document.body.getBoundingClientRect().bottom + scrollY)');
    await until(() => Math.abs(frame.getBoundingClientRect().height - h) <= 1, 'embed.js to size the frame', 8000);
  });

  it('the Pym.js form, pasted into an article on another origin, shows what the preview showed, sized by Pym.js', async () => {
    const b = await open();
    let src = preview(b).src;
    await click(b.frame, $(b, 'input[name=start][value=event]'));
    src = await settled(b, src);
    $<HTMLSelectElement>(b, '#eb-event').focus();
    await keys('ArrowDown', 'ArrowDown');
    src = await settled(b, src);
    await click(b.frame, $(b, 'input[name=theme][value=dark]'));
    src = await settled(b, src);
    await click(b.frame, $(b, 'input[name=form][value=pym]'));
    await until(() => snippet(b).includes('new pym.Parent('), 'the Pym.js form');
    const doc = () => preview(b).contentDocument!;
    await until(() => doc()?.location.href === src && readyIn(doc()), 'the preview to draw', 8000);
    await frames(3);
    const shown = { drawn: drawnIn(doc()), look: lookIn(doc()), selected: (doc().querySelector('timeline-chart') as unknown as { selectedId: string }).selectedId };
    expect(shown.selected).to.equal(params(src).event);
    const box = paste(snippet(b));
    await until(() => Boolean(box.querySelector('iframe')), 'Pym.js to add the frame', 8000);
    const frame = box.querySelector('iframe')!;
    const at = src.replace(location.origin, OTHER_ORIGIN).replace(/^https?:\/\//, '');
    expect(frame.src.replace(/^https?:\/\//, '').startsWith(at)).to.equal(true);
    expect(await inFrameWhen<boolean>(at, inDoc(readyIn), 10000)).to.equal(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(await inFrame<string[]>(at, inDoc(drawnIn))).to.deep.equal(shown.drawn);
    expect(await inFrame<{ bg: string; title: string }>(at, inDoc(lookIn))).to.deep.equal(shown.look);
    expect(await inFrame<string>(at, "document.querySelector('timeline-chart').selectedId")).to.equal(shown.selected);
    await until(() => Number.parseInt(frame.getAttribute('height') ?? '0', 10) > 200, 'Pym.js to size the frame', 8000);
  });
});
