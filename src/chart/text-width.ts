/** Texts whose widths a measurer remembers whole (titles, mostly) before it starts afresh. */
const TEXTS_KEPT = 4096;

/** Characters below this code are remembered in a typed array (Latin, Greek, Cyrillic, Arabic, punctuation...), the rest in a map. */
const TABLE_SIZE = 0x3000;

/**
 * Measures label text as the chart draws it (0.75rem system-ui) from the widths of its
 * characters, each measured once with a canvas 2D context: the layout asks for every visible
 * title, and `fitText` for several shortenings of it, on every frame of a zoom, so no frame may
 * wait on the canvas. Kerning is left out, so widths are padded by 2 %. The sum runs over
 * UTF-16 code units with a typed array of widths (a pair of surrogates is measured as one
 * character): the first draw of a large timeline measures hundreds of titles while its code is
 * still cold, where a string iterator and a map lookup per character cost tens of milliseconds.
 * Whole texts are remembered too, so a title is summed once however many frames show it.
 */
export function labelMeasurer(font = '12px system-ui, sans-serif'): (text: string) => number {
  let ctx: CanvasRenderingContext2D | null | undefined;
  // Without a canvas (never in a real browser), a generous average character width.
  const measure = (c: string) => {
    if (ctx === undefined) {
      ctx = document.createElement('canvas').getContext('2d');
      if (ctx) ctx.font = font;
    }
    return ctx ? ctx.measureText(c).width : 7;
  };
  // NaN: not measured yet.
  const table = new Float64Array(TABLE_SIZE).fill(NaN);
  const others = new Map<string, number>();
  let texts = new Map<string, number>();
  return (text) => {
    let total = texts.get(text);
    if (total !== undefined) return total;
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < TABLE_SIZE) {
        let cw = table[code];
        if (cw !== cw) cw = table[code] = measure(text[i]);
        w += cw;
        continue;
      }
      // A high surrogate followed by a low one is one character.
      const next = code >= 0xd800 && code < 0xdc00 ? text.charCodeAt(i + 1) : 0;
      const c = next >= 0xdc00 && next < 0xe000 ? text.slice(i, i + 2) : text[i];
      i += c.length - 1;
      let cw = others.get(c);
      if (cw === undefined) others.set(c, (cw = measure(c)));
      w += cw;
    }
    total = Math.ceil(w * 1.02);
    if (texts.size >= TEXTS_KEPT) texts = new Map();
    texts.set(text, total);
    return total;
  };
}
