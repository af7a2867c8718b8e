/**
 * Measures label text as the chart draws it (0.75rem system-ui) from the widths of its
 * characters, each measured once with a canvas 2D context: the layout asks for every visible
 * title, and `fitText` for several shortenings of it, on every frame of a zoom, so no frame may
 * wait on the canvas. Kerning is left out, so widths are padded by 2 %. The sum runs by index,
 * with the widths kept by code point: the first draw of a large timeline measures hundreds of
 * titles while its code is still cold, where a string iterator and a lookup by one-character
 * string cost tens of milliseconds.
 */
export function labelMeasurer(font = '12px system-ui, sans-serif'): (text: string) => number {
  let ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
  const widths = new Map<number, number>();
  return (text) => {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      let cw = widths.get(code);
      if (cw === undefined) {
        // The canvas is made when first needed (an OffscreenCanvas sets up a little faster than an
        // element); without one (never in a real browser), a generous average character width.
        if (ctx === undefined && (ctx = (typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas')).getContext('2d'))) ctx.font = font;
        widths.set(code, (cw = ctx ? ctx.measureText(String.fromCodePoint(code)).width : 7));
      }
      w += cw;
      // A character beyond the first plane takes two code units.
      if (code > 0xffff) i++;
    }
    return Math.ceil(w * 1.02);
  };
}
