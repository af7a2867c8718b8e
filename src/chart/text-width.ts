/**
 * Measures label text as the chart draws it (0.75rem system-ui), with a canvas 2D context, and
 * remembers each width: the layout asks for every visible title on every frame.
 */
export function labelMeasurer(font = '12px system-ui, sans-serif'): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  if (ctx) ctx.font = font;
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      // Without a canvas (never in a real browser), a generous average character width.
      w = ctx ? Math.ceil(ctx.measureText(text).width) : text.length * 7;
      widths.set(text, w);
    }
    return w;
  };
}
