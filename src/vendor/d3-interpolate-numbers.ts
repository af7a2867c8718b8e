// Stands in for d3-interpolate in the built site. Its users here only ever interpolate numbers:
// d3-scale's linear scales map time to pixels (`interpolate`, `interpolateNumber`,
// `interpolateRound`, `piecewise`), and d3-zoom and our zoom tween glide between views
// (`interpolateZoom`). The rest of d3-interpolate (strings, colours, dates, objects, CSS
// transforms) added about 1 KB to the reader's first download. vite.config.ts aliases
// 'd3-interpolate' here; the browser tests, which do not use Vite, load the real package.
//
// interpolateZoom and piecewise are d3-interpolate 3.0.2's own code (ISC licence, Copyright
// 2010-2021 Mike Bostock), typed; van Wijk and Nuij, "Smooth and efficient zooming and panning".

type Interpolator = (t: number) => number;

/** Interpolates between two numbers. */
export function interpolateNumber(a: number, b: number): Interpolator {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

/** Interpolates between two numbers, rounding. */
export function interpolateRound(a: number, b: number): Interpolator {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

/** What d3-scale interpolates a range with: here a range is always numbers. */
export const interpolate = interpolateNumber;

/** Interpolates through several values, each pair with `interpolator`. */
export function piecewise(interpolator: (a: number, b: number) => Interpolator, values: number[]): Interpolator {
  let i = 0;
  const n = values.length - 1;
  let v = values[0];
  const I = new Array<Interpolator>(n < 0 ? 0 : n);
  while (i < n) I[i] = interpolator(v, (v = values[++i]));
  return (t) => {
    const k = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return I[k](t - k);
  };
}

const epsilon2 = 1e-12;
const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

type View = [number, number, number];
type ZoomInterpolator = ((t: number) => View) & { duration: number };

/** Interpolates between two views [x, y, width] along the smooth zoom path (ρ = √2). */
export function interpolateZoom(p0: View, p1: View): ZoomInterpolator {
  const rho = Math.SQRT2;
  const rho2 = 2;
  const rho4 = 4;
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let i: (t: number) => View;
  let S: number;
  // Special case for u0 ≅ u1.
  if (d2 < epsilon2) {
    S = Math.log(w1 / w0) / rho;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
  } else {
    // General case.
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / rho;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * rho) / Math.SQRT2 });
}
