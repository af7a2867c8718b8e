/** A box in the chart's own coordinates (CSS px from its top-left corner). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the compact card of a hovered or focused mark goes: centred on the mark, kept inside
 * the chart's width, and above or below the mark's lane (whichever side of the plot has more
 * room), never on the lane itself, so it cannot cover the neighbouring marks a pointer moving
 * along the lane reaches next.
 *
 * @param mark the mark's box
 * @param lane the band of the mark's lane across the plot (top and bottom matter)
 * @param plot the plot's box
 * @param card the card's size
 * @param gap the space between the lane and the card
 */
export function placeGlance(mark: Box, lane: Pick<Box, 'top' | 'bottom'>, plot: Box, card: { width: number; height: number }, gap = 6): { x: number; y: number } {
  const centre = (mark.left + mark.right) / 2;
  const minX = plot.left + 4;
  const maxX = Math.max(minX, plot.right - 4 - card.width);
  const x = Math.min(maxX, Math.max(minX, centre - card.width / 2));
  const roomAbove = lane.top - plot.top;
  const roomBelow = plot.bottom - lane.bottom;
  const y = roomBelow >= roomAbove ? lane.bottom + gap : lane.top - gap - card.height;
  return { x: Math.round(x), y: Math.round(y) };
}
