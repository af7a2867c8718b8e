import { httpUrl } from '../url/http-url';

/**
 * Reads `SITE_URL`, the address the site will live at (for canonical links and the sitemap):
 * undefined when unset, its normalised form (with a trailing slash) when it is an absolute
 * http(s) URL, else one sentence saying what to set instead.
 *
 * @example siteUrlFrom({ SITE_URL: 'https://example.org/timeline' }) // { url: 'https://example.org/timeline/' }
 * @example siteUrlFrom({ SITE_URL: 'not a url' }) // { error: 'SITE_URL "not a url" is not …' }
 */
export function siteUrlFrom(env: NodeJS.ProcessEnv): { url?: string; error?: string } {
  const raw = env.SITE_URL;
  if (!raw) return {};
  const u = httpUrl(raw.replace(/\/?$/, '/'));
  if (u && !u.search && !u.hash && !u.username && !u.password) return { url: u.href };
  return { error: `SITE_URL ${JSON.stringify(raw.slice(0, 200))} is not an absolute http(s) address of the site (set it like SITE_URL=https://example.org/timeline/, or leave it unset); nothing was built.` };
}
