import { Parser } from 'htmlparser2';

/** Text read out of an HTML fragment, with what could not come along as text. */
export interface PlainText {
  text: string;
  /** The targets of links whose text was kept, in order, each once. */
  links: string[];
  /** Elements with no text of their own (images, frames, scripts...), by tag name, each once. */
  dropped: string[];
}

/** Elements that start a new paragraph. */
const BLOCKS = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'table', 'tr', 'pre', 'hr', 'dl', 'dt', 'dd']);
/** Elements whose content is not text for a reader; they are reported, never kept. */
const OPAQUE = new Set(['script', 'style', 'iframe', 'object', 'embed', 'video', 'audio', 'svg', 'canvas', 'template', 'noscript']);
/** Void elements that carry no text (`<img>` keeps nothing, even its alt text, and says so). */
const EMPTY = new Set(['img', 'source', 'track', 'input', 'area']);

/**
 * Turns a fragment of HTML (as TimelineJS3 allows in headlines, texts and credits) into plain
 * text: entities decoded, `<br>` a line break, paragraphs and other blocks separated by a blank
 * line, a link's text kept (its target listed in `links`), spaces collapsed. Markup never
 * survives: `&lt;b&gt;` becomes the literal text `<b>`, as its author wrote it.
 *
 * @example plainText('<p>Born in <a href="https://x.example/">Florida</a>&nbsp;&amp; raised</p>')
 * // { text: 'Born in Florida & raised', links: ['https://x.example/'], dropped: [] }
 */
export function plainText(html: string): PlainText {
  let out = '';
  let opaque = 0;
  const links: string[] = [];
  const dropped: string[] = [];
  const once = (list: string[], item: string) => {
    if (!list.includes(item)) list.push(item);
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (OPAQUE.has(name)) {
          opaque++;
          once(dropped, name);
        } else if (EMPTY.has(name)) once(dropped, name);
        else if (name === 'br') out += '\n';
        else if (BLOCKS.has(name)) out += '\n\n';
        else if (name === 'a' && attrs.href?.trim()) once(links, attrs.href.trim());
      },
      ontext(text) {
        // In HTML a line break in the source is a space; only <br> and blocks break lines.
        if (!opaque) out += text.replace(/[ \t\n\r\f]+/g, ' ');
      },
      onclosetag(name) {
        if (OPAQUE.has(name)) opaque = Math.max(0, opaque - 1);
        else if (BLOCKS.has(name)) out += '\n\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(out), links, dropped };
}

/**
 * The same as `plainText`, on one line: for titles, names and labels.
 *
 * @example plainLine('Whitney Houston<br/> 1963 - 2012').text // 'Whitney Houston 1963 - 2012'
 */
export function plainLine(html: string): PlainText {
  const read = plainText(html);
  return { ...read, text: read.text.replace(/\s+/g, ' ').trim() };
}

/** Collapses runs of spaces in each line, and runs of blank lines to one, as a browser would show it. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
