/**
 * The site's Trusted Types policy. The CSP requires Trusted Types for scripts
 * (`require-trusted-types-for 'script'`), so a plain string assigned to `script.src` is refused
 * unless a policy vouches for it. The scripts ever added at run time are all the build's own,
 * beside the app's script: the lazy parts (`assets/lazy-<hash>.js` and
 * `assets/interaction-<hash>.js`), the search index (`assets/search-index-<hash>.js`) and, for
 * large data sets, a month's details (`assets/details/<YYYY-MM>-<hash>.js`) and the events'
 * heads and facets (`assets/heads/<from>-<hash>.js`, `assets/heads/facets-<hash>.js`). This
 * policy lets exactly those through and refuses any other URL.
 *
 * It is the `default` policy, so every `script.src = string` on the page goes through it, with
 * no wrapper to remember at each assignment.
 */

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
  defaultPolicy?: unknown;
}

const SCRIPT_PATH = /\/assets\/((?:lazy|interaction)-[\w-]+|search-index-[\w-]+|details\/\d{4}-\d{2}-[\w-]+|heads\/(\d+|facets)-[\w-]+)\.js$/;

/**
 * Whether a URL is one of the build's own run-time scripts, on the page's own origin.
 *
 * @example isOwnScript('https://example.org/t/assets/lazy-ab12.js', 'https://example.org') // true
 * @example isOwnScript('https://evil.example/assets/lazy-ab12.js', 'https://example.org') // false
 */
export function isOwnScript(url: string, origin: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === origin && !u.search && !u.hash && SCRIPT_PATH.test(u.pathname);
  } catch {
    return false;
  }
}

/** Installs the policy once, where the browser has Trusted Types; elsewhere does nothing. */
export function installScriptPolicy(win: Window & { trustedTypes?: TrustedTypesLike }): void {
  const tt = win.trustedTypes;
  if (!tt || tt.defaultPolicy) return;
  tt.createPolicy('default', {
    createScriptURL: (url) => {
      if (isOwnScript(url, win.location.origin)) return url;
      throw new TypeError(`Refused to load a script the site did not build: ${url.slice(0, 200)}`);
    },
  });
}
