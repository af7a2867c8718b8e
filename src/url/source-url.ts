import { httpUrl } from './http-url';

/** A rule a source link breaks: the rule's name and what it means, for the build's error list. */
export interface UrlProblem {
  rule: 'url-userinfo' | 'url-characters' | 'url-private-host';
  message: string;
}

// Bidi controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI), zero-width characters and the BOM, and C0/C1 controls.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** True for a loopback, private, link-local or unspecified host: not a place a news source lives. */
function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h)?.slice(1).map(Number);
  if (v4) {
    const [a, b] = v4;
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (h.includes(':')) return h === '::' || h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || /^::ffff:/.test(h);
  return false;
}

/**
 * Checks what a source link shows against where it goes: no user-info (`https://trusted@evil/`
 * reads as "trusted"), no bidi, zero-width or control characters (they reorder or hide what the
 * reader sees), and no loopback or private host. Null when the link passes, or is not http(s)
 * at all (another rule says so).
 *
 * @example sourceUrlProblem('https://trusted.example@evil.example/') // { rule: 'url-userinfo', … }
 */
export function sourceUrlProblem(text: string): UrlProblem | null {
  if (HIDDEN.test(text) || HIDDEN.test(safeDecode(text)))
    return { rule: 'url-characters', message: 'has a bidi, zero-width or control character, which can hide where it goes; remove it' };
  const u = httpUrl(text);
  if (!u) return null;
  if (u.username || u.password || /^[a-z]+:\/\/[^/?#]*@/i.test(text))
    return { rule: 'url-userinfo', message: 'has a user name before "@", which makes it show one host and go to another; link to the host itself' };
  if (isPrivateHost(u.hostname)) return { rule: 'url-private-host', message: 'points to a loopback or private address, which no reader can reach; link to the public page' };
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The host a link goes to, as shown next to it: ASCII (punycode) for an international name, so
 * look-alike letters cannot pass for another site; '' when it is not an http(s) URL.
 *
 * @example sourceHost('https://www.xn--80ak6aa92e.com/a') // 'www.xn--80ak6aa92e.com'
 * @example sourceHost('https://аррӏе.com/') // 'xn--80ak6aa92e.com'
 */
export function sourceHost(url: string): string {
  return httpUrl(url)?.hostname ?? '';
}
