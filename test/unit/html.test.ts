import { describe, expect, it } from 'vitest';
import { Raw, escapeHtml, html, jsonForScript } from '../../src/render/html';

describe('html', () => {
  it('html escapes a script element in an interpolation', () => {
    expect(html`<p>${'<script>alert(1)</script>'}</p>`.value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('html escapes quotes and ampersands, so a value cannot leave its attribute', () => {
    expect(html`<a title="${`"x" onmouseover='y' & z`}">`.value).toBe('<a title="&quot;x&quot; onmouseover=&#39;y&#39; &amp; z">');
  });

  it('html does not escape the template itself', () => {
    expect(html`<p class="a">&amp;</p>`.value).toBe('<p class="a">&amp;</p>');
  });

  it('html nests the result of another html call without escaping it twice', () => {
    const inner = html`<b>${'a & b'}</b>`;
    expect(html`<p>${inner}</p>`.value).toBe('<p><b>a &amp; b</b></p>');
  });

  it('html joins arrays, escaping strings and keeping nested markup', () => {
    expect(html`<ul>${['<x>', html`<li>${'&'}</li>`, [html`<li>y</li>`, '"']]}</ul>`.value).toBe('<ul>&lt;x&gt;<li>&amp;</li><li>y</li>&quot;</ul>');
  });

  it('html writes nothing for null, undefined and false, but writes the number 0', () => {
    expect(html`[${null}|${undefined}|${false}|${0}|${''}]`.value).toBe('[|||0|]');
  });

  it('html returns Raw, which turns back into its markup as a string', () => {
    const out = html`<i>${'<'}</i>`;
    expect(out).toBeInstanceOf(Raw);
    expect(String(out)).toBe('<i>&lt;</i>');
  });

  it('html trusts a Raw value made by hand', () => {
    expect(html`${new Raw('<br>')}`.value).toBe('<br>');
  });
});

describe('escapeHtml', () => {
  it('escapeHtml escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('escapeHtml escapes an existing entity again', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('jsonForScript', () => {
  const hostile = { title: '</script><script>alert(1)</script>', note: '<!-- x -->', sep: 'a\u2028b\u2029c', ok: 'it\'s "fine" & done' };

  it('jsonForScript cannot close the script element it is written into', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<');
  });

  it('jsonForScript escapes U+2028 and U+2029', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toContain('\u2028');
    expect(out).not.toContain('\u2029');
    expect(out).toContain('\\u2028');
    expect(out).toContain('\\u2029');
  });

  it('jsonForScript still parses back to the same data', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });

  it('jsonForScript escapes an upper-case closing tag too', () => {
    expect(jsonForScript(['</SCRIPT>'])).not.toMatch(/<\/script/i);
  });
});
