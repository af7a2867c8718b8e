/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, inFrame, inFrameWhen, input, media, until, withTouch } from './input';
import { SNIPPET_HEIGHT } from '../../src/url/embed-snippet';

// The article is this test page; the timeline is the built site (npm run build) served from
// another origin (localhost vs 127.0.0.1), framed by the unmodified npm Pym.js parent.
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const SITE = `http://${otherHost}:${location.port}/dist/`;

declare global {
  interface Window {
    pym?: { Parent: new (id: string, url: string, config: object) => { iframe: HTMLIFrameElement; remove(): void } };
  }
}

async function script(src: string): Promise<void> {
  if (document.querySelector(`script[src="${src}"]`)) return;
  await new Promise((resolve, reject) => {
    const s = Object.assign(document.createElement('script'), { src });
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

/** Builds an article: paragraphs, the embed, more paragraphs, so the page scrolls. */
function article(): HTMLElement {
  document.body.innerHTML = '';
  document.body.style.margin = '0';
  const main = document.createElement('main');
  main.style.width = '700px';
  const para = () => Object.assign(document.createElement('p'), { textContent: 'Article text. '.repeat(40) });
  main.append(para());
  const box = Object.assign(document.createElement('div'), { id: 'timeline' });
  main.append(box, ...Array.from({ length: 30 }, para));
  document.body.append(main);
  return box;
}

/** The Pym.js parent of the last embed: removed before the next, so only one listens for messages. */
let lastParent: { remove(): void } | undefined;

/** Frames the site's embed page with Pym.js and waits until the frame has been sized. */
async function pymEmbed(config: object = {}): Promise<HTMLIFrameElement> {
  await script('/node_modules/pym.js/dist/pym.v1.min.js');
  lastParent?.remove();
  const box = article();
  const parent = (lastParent = new window.pym!.Parent('timeline', `${SITE}embed.html`, { title: 'Timeline of the reported events', ...config }));
  await until(() => Number.parseInt(parent.iframe.getAttribute('height') ?? '0', 10) > 200, 'Pym.js to size the frame', 10000);
  expect(box.querySelector('iframe')).to.equal(parent.iframe);
  // The frame posts a Pym.js and an AMP-style message for each height, as separate tasks: let them all arrive.
  await quietFrom(parent.iframe, 200);
  return parent.iframe;
}

/** Resolves once a frame has posted no message for `ms`. */
function quietFrom(frame: HTMLIFrameElement, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = window.setTimeout(done, ms);
    function listen(e: MessageEvent) {
      if (e.source !== frame.contentWindow) return;
      clearTimeout(timer);
      timer = window.setTimeout(done, ms);
    }
    function done() {
      window.removeEventListener('message', listen);
      resolve();
    }
    window.addEventListener('message', listen);
  });
}

const frameHeight = (f: HTMLIFrameElement) => f.getBoundingClientRect().height;
/** The height of the timeline's content, measured inside the frame. */
const contentHeight = () => inFrame<number>('embed.html', 'Math.ceil(document.body.getBoundingClientRect().bottom + scrollY)');

describe('embedding through Pym.js on another origin', () => {
  beforeEach(() => {
    window.scrollTo(0, 0);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('the frame takes exactly the timeline height, and follows a change of width', async () => {
    const frame = await pymEmbed();
    const h = await contentHeight();
    await until(() => Math.abs(frameHeight(frame) - h) <= 1, `frame height ${frameHeight(frame)} to equal content ${h}`);
    expect(await inFrame<boolean>('embed.html', 'document.documentElement.scrollHeight <= innerHeight + 1'), 'nothing cut off').to.equal(true);
    // Narrower: the legend wraps, so the timeline gets taller and the frame follows.
    frame.parentElement!.style.width = '340px';
    await until(() => frameHeight(frame) > h + 10, 'the frame to grow when narrower', 5000);
    const h2 = await contentHeight();
    await until(() => Math.abs(frameHeight(frame) - h2) <= 1, 'the frame to match the new height');
  });

  it('a plain wheel over the embed scrolls the article; Ctrl + wheel zooms the timeline', async () => {
    const frame = await pymEmbed();
    const r = frame.getBoundingClientRect();
    const x = Math.round(r.left + r.width * 0.6);
    const y = Math.round(r.top + Math.min(r.height - 60, 220));
    await input({ type: 'wheel', x, y, deltaY: 300 });
    await until(() => window.scrollY > 0, 'the article to scroll');
    expect(await inFrame<string>('embed.html', "document.querySelector('timeline-chart').shadowRoot.querySelector('svg.chart').dataset.k")).to.equal('1.000');
    const before = window.scrollY;
    const r2 = frame.getBoundingClientRect();
    await input(
      { type: 'keydown', key: 'Control' },
      { type: 'wheel', x, y: Math.round(r2.top + Math.min(r2.height - 60, 220)), deltaY: -300 },
      { type: 'keyup', key: 'Control' },
    );
    const k = await inFrame<string>('embed.html', "new Promise(r => setTimeout(() => r(document.querySelector('timeline-chart').shadowRoot.querySelector('svg.chart').dataset.k), 300))");
    expect(Number(k)).to.be.greaterThan(1);
    expect(window.scrollY).to.equal(before);
  });

  it('a one-finger vertical swipe over the embed scrolls the article (no scroll trap on touch)', async () => {
    await withTouch(async () => {
      const frame = await pymEmbed();
      const r = frame.getBoundingClientRect();
      const x = Math.round(r.left + r.width * 0.6);
      const y0 = Math.round(r.top + Math.min(r.height - 40, 260));
      const frames: [number, number][][] = [];
      for (let i = 0; i <= 10; i++) frames.push([[x, y0 - i * 20]]);
      await input({ type: 'touch', frames });
      await until(() => window.scrollY > 50, 'the article to scroll under the finger');
    });
  });

  it("a #timeline= fragment in the article's URL opens that event, and Copy link offers the article's URL", async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#timeline=2022-10-06`);
    await pymEmbed();
    const state = await inFrameWhen<{ id: string; pinned: boolean }>(
      'embed.html',
      "(c => (c.selectedId ? { id: c.selectedId, pinned: c.pinned } : null))(document.querySelector('timeline-chart'))",
    );
    expect(state).to.deep.equal({ id: '2022-10-06-moscow-agreement', pinned: true });
    // The clipboard is refused to a cross-origin frame, so the link is shown to copy by hand.
    await inFrame('embed.html', `(document.querySelector('button.copy-link[data-id="2022-10-17-kyiv-drone-strikes"]').click(), true)`);
    const link = await inFrameWhen<string>('embed.html', "document.querySelector('copy-dialog')?.shadowRoot?.querySelector('textarea')?.value || null");
    // The article's origin and path, with the fragment: never its query (it may hold a session or an e-mail address).
    expect(link).to.equal(`${location.origin}${location.pathname}#timeline=2022-10-17-kyiv-drone-strikes`);
  });

  it('hostile messages change nothing and cause no message storm', async () => {
    const frame = await pymEmbed();
    const articleUrl = location.href;
    const heightBefore = frameHeight(frame);
    const received: unknown[] = [];
    const listen = (e: MessageEvent) => e.source === frame.contentWindow && received.push(e.data);
    window.addEventListener('message', listen);
    await inFrame('embed.html', "(window.__errors = [], addEventListener('error', e => window.__errors.push(String(e.message))), true)");
    const stateBefore = await inFrame<unknown>('embed.html', "({ id: document.querySelector('timeline-chart').selectedId, url: location.href })");
    const id = new URL(frame.src).searchParams.get('childId');
    const junk: unknown[] = [
      'junk',
      `pymxPYMx${id}xPYMxwidthxPYMxNaN`,
      `pymxPYMx${id}xPYMxwidthxPYMx-5`,
      `pymxPYMx${id}xPYMxwidthxPYMx${'9'.repeat(400)}`,
      `pymxPYMxotherxPYMxwidthxPYMx500`,
      `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
      `pymxPYMx${id}xPYMxscrollToChildPosxPYMx999`,
      'x'.repeat(100_000),
      { sentinel: 'amp', type: 'embed-size', height: 1e9 },
      { type: 'timeline:goto', value: '<img src=x onerror=alert(1)>' },
      null,
      42,
    ];
    for (const m of junk) frame.contentWindow!.postMessage(m, '*');
    await new Promise((r) => setTimeout(r, 500));
    window.removeEventListener('message', listen);
    expect(await inFrame<string[]>('embed.html', 'window.__errors')).to.deep.equal([]);
    expect(await inFrame<unknown>('embed.html', "({ id: document.querySelector('timeline-chart').selectedId, url: location.href })")).to.deep.equal(stateBefore);
    expect(frameHeight(frame)).to.equal(heightBefore);
    expect(received.length, 'no height messages for an unchanged height').to.equal(0);
    expect(location.href, 'the article never navigated').to.equal(articleUrl);
  });
});

/** What README.md tells editors to pass as Pym.js's `xdomain`: the timeline's origin, escaped and anchored. */
const xdomainFor = (origin: string) => `^${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`;

/** Posts Pym.js messages to this page from a sandboxed frame of its own (an opaque, foreign origin). */
async function foreignFrameSays(...messages: string[]): Promise<void> {
  const frame = Object.assign(document.createElement('iframe'), { title: 'another embed on the article' });
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.srcdoc = `<script>${messages.map((m) => `parent.postMessage(${JSON.stringify(m)}, '*');`).join('')}parent.postMessage('foreign-done', '*');</script>`;
  const done = new Promise<void>((resolve) => window.addEventListener('message', function on(e) {
    if (e.data === 'foreign-done') {
      window.removeEventListener('message', on);
      resolve();
    }
  }));
  document.body.append(frame);
  await done;
  // Pym.js handles each message in its own listener call: give them all a moment.
  await new Promise((r) => setTimeout(r, 200));
}

describe('embedding through Pym.js with xdomain set to the timeline’s origin (the README’s advice)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('the frame is sized exactly as without xdomain', async () => {
    const frame = await pymEmbed({ xdomain: xdomainFor(new URL(SITE).origin) });
    const h = await contentHeight();
    await until(() => Math.abs(frameHeight(frame) - h) <= 1, `frame height ${frameHeight(frame)} to equal content ${h}`);
  });

  it('another frame on the article cannot make it navigate or resize the timeline', async () => {
    const frame = await pymEmbed({ xdomain: xdomainFor(new URL(SITE).origin) });
    const before = frameHeight(frame);
    await foreignFrameSays('pymxPYMxtimelinexPYMxnavigateToxPYMx#hijacked', 'pymxPYMxtimelinexPYMxheightxPYMx4321');
    expect(location.hash).to.equal('');
    expect(frameHeight(frame)).to.equal(before);
  });

  it('without xdomain the same frame can (why the README asks for it)', async () => {
    await pymEmbed();
    await foreignFrameSays('pymxPYMxtimelinexPYMxnavigateToxPYMx#hijacked');
    expect(location.hash).to.equal('#hijacked');
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('embedding with the snippet (iframe + embed.js), also sandboxed', () => {
  it('works in a sandbox="allow-scripts allow-popups" frame: draws, loads its card, links open in a new tab', async () => {
    article();
    const box = document.getElementById('timeline')!;
    box.innerHTML = `<iframe src="${SITE}embed.html?sandboxed" sandbox="allow-scripts allow-popups" title="Timeline" style="width:100%;height:600px;border:0"></iframe>`;
    const drawn = await inFrameWhen<boolean>('sandboxed', "!!document.querySelector('timeline-chart')?.hasAttribute('data-drawn')", 5000);
    expect(drawn).to.equal(true);
    expect(await inFrame<string>('sandboxed', 'origin')).to.equal('null');
    await inFrame('sandboxed', "(document.querySelector('timeline-chart').select('2022-10-06-moscow-agreement', { pin: true }), true)");
    const links = await inFrameWhen<string[]>(
      'sandboxed',
      "(as => (as.length ? as.map(a => a.target + ' ' + a.rel) : null))([...(document.querySelector('timeline-chart').shadowRoot.querySelector('event-card[variant=full]').shadowRoot?.querySelectorAll('a') ?? [])])",
      5000,
    );
    expect(links.length).to.be.greaterThan(0);
    for (const l of links) expect(l).to.equal('_blank noopener noreferrer');
    const frame = box.querySelector('iframe')!;
    const p = centre(frame);
    expect(p.x).to.be.greaterThan(0);
  });
});

/** An article whose embed sits about 1,500 px below the fold of the test page. */
function articleBelowFold(): HTMLElement {
  const box = article();
  const spacer = Object.assign(document.createElement('div'), { className: 'above-the-fold' });
  spacer.style.height = '1500px';
  box.before(spacer);
  return box;
}

/** Adds the editor's snippet (with a wrong height, as pasted) to `box`, counting the frame's loads. */
function snippet(box: HTMLElement, src: string, loads: { n: number }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries({ title: 'Timeline', width: '100%', height: '150', loading: 'lazy', 'data-timeline-embed': '' })) frame.setAttribute(k, v);
  frame.style.cssText = 'width:100%;border:0';
  frame.addEventListener('load', () => loads.n++);
  frame.src = src;
  box.append(frame);
  return frame;
}

const offScreen = (f: HTMLIFrameElement) => f.getBoundingClientRect().top > window.innerHeight;

describe('an embed below the fold, on another origin', () => {
  beforeEach(() => {
    window.scrollTo(0, 0);
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => media([]));

  it('embed.js sizes it before the reader scrolls to it, and it loads once', async () => {
    const loads = { n: 0 };
    const frame = snippet(articleBelowFold(), `${SITE}embed.html`, loads);
    await script(`${SITE}embed.js`);
    expect(offScreen(frame), 'the frame starts off screen').to.equal(true);
    await until(() => frameHeight(frame) > 200, 'embed.js to size the off-screen frame', 10000);
    const h = await contentHeight();
    await until(() => Math.abs(frameHeight(frame) - h) <= 1, `frame height ${frameHeight(frame)} to equal content ${h}`);
    expect(window.scrollY, 'no scroll happened').to.equal(0);
    expect(offScreen(frame)).to.equal(true);
    await new Promise((r) => setTimeout(r, 800));
    expect(loads.n, 'one load per embed').to.equal(1);
    expect(frame.src, 'embed.js leaves the src alone').to.equal(`${SITE}embed.html`);
  });

  it("the snippet's height is the timeline's real height in a 680 px article column, so nothing moves when it is sized", async () => {
    const box = articleBelowFold();
    box.parentElement!.style.width = '680px';
    const frame = snippet(box, `${SITE}embed.html`, { n: 0 });
    frame.setAttribute('height', String(SNIPPET_HEIGHT));
    await script(`${SITE}embed.js`);
    // Settled: the frame has the content's height, and it stays so.
    let h = 0;
    for (let settled = 0, t = 0; settled < 3 && t < 60; t++) {
      await new Promise((r) => setTimeout(r, 200));
      const now = await contentHeight();
      settled = now === h && Math.abs(frameHeight(frame) - now) <= 1 ? settled + 1 : 0;
      h = now;
    }
    expect(Math.abs(frameHeight(frame) - h), 'the frame sized to its content').to.be.at.most(1);
    expect(Math.abs(h - SNIPPET_HEIGHT), `real height ${h} vs the snippet's ${SNIPPET_HEIGHT}`).to.be.at.most(8);
  });

  it('the Pym.js parent gets its height before the reader scrolls to it', async () => {
    await script('/node_modules/pym.js/dist/pym.v1.min.js');
    articleBelowFold();
    const parent = new window.pym!.Parent('timeline', `${SITE}embed.html`, { title: 'Timeline of the reported events' });
    expect(offScreen(parent.iframe)).to.equal(true);
    await until(() => Number.parseInt(parent.iframe.getAttribute('height') ?? '0', 10) > 200, 'Pym.js to size the off-screen frame', 10000);
    expect(window.scrollY).to.equal(0);
    const h = await contentHeight();
    expect(Math.abs(frameHeight(parent.iframe) - h)).to.be.at.most(1);
  });

  it('opened from #timeline=, its card grows the frame (no inner scroll box) and a wheel over the card scrolls the article', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#timeline=2022-10-17-kyiv-drone-strikes`);
    const loads = { n: 0 };
    const frame = snippet(articleBelowFold(), `${SITE}embed.html`, loads);
    await script(`${SITE}embed.js`);
    const open = await inFrameWhen<boolean>('embed.html', "(c => !!(c && c.pinned && c.selectedId === '2022-10-17-kyiv-drone-strikes'))(document.querySelector('timeline-chart'))", 8000);
    expect(open, 'the article fragment opened the event').to.equal(true);
    const cardBottom = () =>
      inFrame<number>('embed.html', "Math.ceil(document.querySelector('timeline-chart').shadowRoot.querySelector('event-card[variant=full]').getBoundingClientRect().bottom + scrollY)");
    await until(() => frameHeight(frame) > 500, 'the frame to grow', 8000);
    const bottom = await cardBottom();
    await until(() => frameHeight(frame) >= bottom, `the frame (${frameHeight(frame)}) to hold the whole card (${bottom})`, 5000);
    const scrollers = await inFrame<string[]>(
      'embed.html',
      "(c => [c, ...c.shadowRoot.querySelectorAll('*')].filter(n => n.scrollHeight > n.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(n).overflowY)).map(n => n.localName))(document.querySelector('timeline-chart').shadowRoot.querySelector('event-card[variant=full]'))",
    );
    expect(scrollers).to.deep.equal([]);
    // (An off-screen frame from another origin may not have laid out its new size yet: compare with the frame element.)
    const inner = await inFrame<number>('embed.html', 'document.documentElement.scrollHeight');
    expect(inner, 'nothing scrolls inside the frame').to.be.at.most(frameHeight(frame) + 1);
    // Bring the card on screen, then wheel over it: the article scrolls by the whole wheel.
    const cardTop = await inFrame<number>('embed.html', "document.querySelector('timeline-chart').shadowRoot.querySelector('event-card[variant=full]').getBoundingClientRect().top");
    window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY + cardTop - 100);
    await new Promise((r) => setTimeout(r, 200));
    const r = frame.getBoundingClientRect();
    const card = await inFrame<{ left: number; width: number }>('embed.html', "(r => ({ left: r.left, width: r.width }))(document.querySelector('timeline-chart').shadowRoot.querySelector('event-card[variant=full]').getBoundingClientRect())");
    const before = window.scrollY;
    await input({ type: 'wheel', x: Math.round(r.left + card.left + card.width / 2), y: 300, deltaY: 300 });
    await until(() => window.scrollY - before >= 240, `the article to scroll (${window.scrollY - before} px)`);
    expect(loads.n).to.equal(1);
  });

  it('is light on a light article even for a reader in dark mode; ?theme=dark and ?theme=auto follow the editor', async () => {
    await media([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const bg = (url: string) => inFrameWhen<string>(url, "document.querySelector('timeline-chart')?.hasAttribute('data-drawn') ? getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor : null", 8000);
    const box = articleBelowFold();
    const loads = { n: 0 };
    snippet(box, `${SITE}embed.html?light-check`, loads);
    snippet(box, `${SITE}embed.html?theme=dark`, loads);
    snippet(box, `${SITE}embed.html?theme=auto`, loads);
    const page = (url: string) => inFrame<string>(url, 'getComputedStyle(document.documentElement).backgroundColor');
    await bg('light-check');
    expect(await page('light-check')).to.equal('rgb(255, 255, 255)');
    await bg('theme=dark');
    expect(await page('theme=dark')).to.not.equal('rgb(255, 255, 255)');
    await bg('theme=auto');
    expect(await page('theme=auto'), 'auto follows the dark reader').to.equal(await page('theme=dark'));
  });

  it('embed.js sizes a frame that reached the timeline through a redirect to another origin', async () => {
    const loads = { n: 0 };
    // The snippet names this page's origin; the host redirects the frame to the timeline's.
    const frame = snippet(articleBelowFold(), `${location.origin}/redirect/${otherHost}/dist/embed.html?redirected`, loads);
    await script(`${SITE}embed.js`);
    await until(() => frameHeight(frame) > 200, 'embed.js to size the redirected frame', 10000);
    expect(await inFrame<string>('redirected', 'location.origin')).to.equal(new URL(SITE).origin);
    const h = await inFrame<number>('redirected', 'Math.ceil(document.body.getBoundingClientRect().bottom + scrollY)');
    await until(() => Math.abs(frameHeight(frame) - h) <= 1, 'the frame to match the content');
  });

  it('believes no article URL from a page that is not its parent: Copy link gives the timeline’s own link', async () => {
    const box = article();
    const loads = { n: 0 };
    snippet(box, `${SITE}embed.html?parentUrl=${encodeURIComponent('https://evil.example/')}`, loads);
    await inFrameWhen<boolean>('evil.example', "document.readyState === 'complete' && !!document.querySelector('timeline-chart')?.hasAttribute('data-drawn')", 8000);
    await inFrame('evil.example', `(document.querySelector('button.copy-link[data-id="2022-10-17-kyiv-drone-strikes"]').click(), true)`);
    const link = await inFrameWhen<string>('evil.example', "document.querySelector('copy-dialog')?.shadowRoot?.querySelector('textarea')?.value || null", 5000);
    expect(link).to.not.contain('evil.example');
    expect(link).to.contain('2022-10-17-kyiv-drone-strikes');
  });
});
