/** Parses an absolute http: or https: URL; null for anything else (javascript:, data:, junk). */
export function httpUrl(text: string | null): URL | null {
  if (text === null) return null;
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}
