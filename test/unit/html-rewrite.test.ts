import { describe, expect, it } from 'vitest';
import { classicScripts, relocate } from '../../src/build/html-rewrite';

describe('classicScripts', () => {
  it('classicScripts turns Vite\'s module script into a deferred classic script', () => {
    expect(classicScripts('<script type="module" crossorigin src="./assets/x.js"></script>')).toBe('<script defer src="./assets/x.js"></script>');
  });

  it('classicScripts strips crossorigin from stylesheet links', () => {
    expect(classicScripts('<link rel="stylesheet" crossorigin href="./assets/x.css">')).toBe('<link rel="stylesheet" href="./assets/x.css">');
  });

  it('classicScripts rewrites every module script and stylesheet in a page', () => {
    const page = `<head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
<script type="module" crossorigin src="./assets/other-def.js"></script>
</head>`;
    const out = classicScripts(page);
    expect(out).not.toMatch(/type="module"|crossorigin/);
    expect(out.match(/<script defer src="\.\/assets\/[\w-]+\.js"><\/script>/g)).toHaveLength(2);
    expect(out).toContain('<link rel="stylesheet" href="./assets/index-abc.css">');
  });

  it('classicScripts leaves other scripts and links alone', () => {
    const page = '<script type="application/json" id="timeline-data">{}</script><link rel="icon" href="./favicon.svg"><script src="./a.js"></script>';
    expect(classicScripts(page)).toBe(page);
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
