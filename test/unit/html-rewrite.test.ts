import { describe, expect, it } from 'vitest';
import { APP_MARKER, classicScripts, relocate } from '../../src/build/html-rewrite';

describe('classicScripts', () => {
  const page = (body: string) =>
    `<head>\n<script type="module" crossorigin src="./assets/index-abc.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/index-abc.css">\n</head><body>${body}</body>`;

  it('classicScripts moves the module script to the app marker as a classic script that runs there', () => {
    const out = classicScripts(page(`<timeline-chart></timeline-chart><script type="application/json" id="timeline-data">{}</script>${APP_MARKER}<ol>list</ol>`));
    expect(out).not.toMatch(/type="module"|crossorigin|defer/);
    expect(out).not.toContain(APP_MARKER);
    // After the chart and its data, before the list; in the head only a preload, so the download starts at once.
    expect(out).toContain('<script type="application/json" id="timeline-data">{}</script><script src="./assets/index-abc.js"></script><ol>list</ol>');
    expect(out.slice(0, out.indexOf('</head>'))).not.toContain('<script');
    expect(out.slice(0, out.indexOf('</head>'))).toContain('<link rel="preload" as="script" href="./assets/index-abc.js" />');
  });

  it('classicScripts moves every module script to the marker, in order', () => {
    const html = `<head><script type="module" crossorigin src="./assets/a.js"></script><script type="module" crossorigin src="./assets/b.js"></script></head><body>${APP_MARKER}</body>`;
    expect(classicScripts(html)).toBe(
      '<head><link rel="preload" as="script" href="./assets/a.js" /><link rel="preload" as="script" href="./assets/b.js" /></head><body><script src="./assets/a.js"></script><script src="./assets/b.js"></script></body>',
    );
  });

  it('classicScripts defers the module script where it is when a page has no marker', () => {
    expect(classicScripts('<script type="module" crossorigin src="./assets/x.js"></script>')).toBe('<script defer src="./assets/x.js"></script>');
  });

  it('classicScripts strips crossorigin from stylesheet links', () => {
    expect(classicScripts('<link rel="stylesheet" crossorigin href="./assets/x.css">')).toBe('<link rel="stylesheet" href="./assets/x.css">');
    expect(classicScripts(page(APP_MARKER))).toContain('<link rel="stylesheet" href="./assets/index-abc.css">');
  });

  it('classicScripts leaves other scripts and links alone', () => {
    const html = '<script type="application/json" id="timeline-data">{}</script><link rel="icon" href="./favicon.svg"><script src="./a.js"></script>';
    expect(classicScripts(html)).toBe(html);
  });
});

describe('relocate', () => {
  it('relocate prefixes relative href and src values', () => {
    expect(relocate('<link href="./assets/x.css"><script src="./assets/x.js"></script>', '../../')).toBe('<link href="../../assets/x.css"><script src="../../assets/x.js"></script>');
  });

  it('relocate rewrites a link to the root itself', () => {
    expect(relocate('<a href="./">Home</a>', '../../')).toBe('<a href="../../">Home</a>');
  });

  it('relocate rewrites ./?event= links to point at the root page', () => {
    expect(relocate('<a href="./?event=x">X</a>', '../../')).toBe('<a href="../../?event=x">X</a>');
    // On the page events/a/, the rewritten link resolves to the main page with ?event=.
    const href = /href="([^"]*)"/.exec(relocate('<a href="./?event=x">X</a>', '../../'))?.[1] ?? '';
    expect(new URL(href, 'https://example.org/t/events/a/').href).toBe('https://example.org/t/?event=x');
  });

  it('relocate leaves absolute, root-relative, parent-relative and fragment links alone', () => {
    const page = '<a href="https://example.org/x">a</a><a href="/src/favicon.svg">b</a><a href="../x">c</a><a href="#top">d</a><a href="?event=x">e</a><img src="data:image/png;base64,AAAA">';
    expect(relocate(page, '../../')).toBe(page);
  });

  it('relocate leaves ./ text outside href and src attributes alone', () => {
    const page = '<p data-x="./a">see ./b and href=./c</p><meta content="./d">';
    expect(relocate(page, '../../')).toBe(page);
  });

  it('relocate rewrites every relative URL in a page, once', () => {
    const out = relocate('<a href="./a">a</a> <a href="./b">b</a> <img src="./c.png">', '../../');
    expect(out).toBe('<a href="../../a">a</a> <a href="../../b">b</a> <img src="../../c.png">');
  });
});
