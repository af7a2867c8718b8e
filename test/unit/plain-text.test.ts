import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainLine, plainText } from '../../src/import/plain-text';

/** Escapes text for HTML the usual way, independently of the code under test. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** How a browser would show plain text on one line: runs of white space as one space. */
const oneLine = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe('plainText', () => {
  it('plainText decodes entities, keeps link text and lists the targets', () => {
    const read = plainText('<p>Born in <a href="https://x.example/a">New&nbsp;Jersey</a> &amp; raised &mdash; &#12298;ok&#x300B;</p>');
    expect(read.text).toBe('Born in New Jersey & raised — 《ok》');
    expect(read.links).toEqual(['https://x.example/a']);
  });

  it('plainText turns <br> into a line break and paragraphs into blank-line breaks', () => {
    expect(plainText('one<br>two<br/>three<p>four</p><p>five</p>').text).toBe('one\ntwo\nthree\n\nfour\n\nfive');
  });

  it('plainText reads a line break in the source as a space, as HTML does', () => {
    expect(plainText('Engineering. \n<span class="tl-note">Timeline\n can</span>').text).toBe('Engineering. Timeline can');
  });

  it('plainText drops scripts, frames and images, and says so', () => {
    const read = plainText('a<script>alert(1)</script> b <iframe src="x">inside</iframe><img src="y" alt="z"> c');
    expect(read.text).toBe('a b c');
    expect(read.dropped).toEqual(['script', 'iframe', 'img']);
  });

  it('plainText keeps escaped markup as the literal text its author wrote', () => {
    expect(plainText('&lt;b&gt;not bold&lt;/b&gt;').text).toBe('<b>not bold</b>');
  });

  it('plainText of escaped text gives the text back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(plainLine(escape(s)).text).toBe(oneLine(s));
      }),
    );
  });

  it('plainText leaves no tag of its input behind (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9 .,!?'-]{0,12}$/);
    const tag = fc.constantFrom('p', 'b', 'i', 'em', 'span', 'div', 'a', 'br', 'blockquote', 'li', 'cite', 'h2');
    const fragment = fc.array(fc.tuple(tag, word), { maxLength: 8 }).map((parts) => parts.map(([t, w]) => (t === 'br' ? `<br>${w}` : `<${t} class="x">${w}</${t}>`)).join(''));
    fc.assert(
      fc.property(fragment, (html) => {
        const out = plainText(html).text;
        expect(out).not.toMatch(/[<>]/);
        // Every character of text survives, in order (inline tags join words; blocks and <br> separate them).
        expect(out.replace(/\s+/g, '')).toBe(html.replace(/<[^>]*>/g, '').replace(/\s+/g, ''));
      }),
    );
  });
});

describe('plainLine', () => {
  it('plainLine puts a headline with <br> on one line', () => {
    expect(plainLine('Whitney Houston<br/> 1963 - 2012').text).toBe('Whitney Houston 1963 - 2012');
  });
});
