/**
 * Measures label text as the chart draws it (0.75rem system-ui) from the widths of its
 * characters, each measured once with a canvas 2D context: the layout asks for every visible
 * title, and `fitText` for several shortenings of it, on every frame of a zoom, so no frame may
 * wait on the canvas. Kerning is left out, so widths are padded by 2 %.
 */
export function labelMeasurer(font = '12px system-ui, sans-serif'): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = font;
  const chars = new Map<string, number>();
  return (text) => {
    let w = 0;
    for (const c of text) {
      let cw = chars.get(c);
      if (cw === undefined) {
        // Without a canvas (never in a real browser), a generous average character width.
        cw = ctx ? ctx.measureText(c).width : 7;
        chars.set(c, cw);
      }
      w += cw;
    }
    return Math.ceil(w * 1.02);
  };
}
