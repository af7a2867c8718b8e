import type { Edition } from '../time/locale-dates';
import { EDITION_DIRECTIONS } from './edition-pages';
import { html, type Raw } from './html';

/**
 * The page at `events/<id>.html`: hosts that serve `/events/<id>` (no trailing slash) from it,
 * as `vite preview`, GitHub Pages and Netlify do, send the reader on to the event's own page,
 * `events/<id>/`, whose relative links only resolve with the slash. No script: a meta refresh
 * and a plain link, under the site's CSP. `edition`: the language of the title.
 */
export function renderRedirect(id: string, title: string, csp: string, edition: Edition = 'en'): Raw {
  const target = `./${encodeURIComponent(id)}/`;
  return html`<!doctype html>
${edition === 'en' ? html`<html lang="en">` : html`<html lang="${edition}" dir="${EDITION_DIRECTIONS[edition]}">`}
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${csp}" />
<meta http-equiv="refresh" content="${`0; url=${target}`}" />
<meta name="robots" content="noindex" />
<link rel="canonical" href="${target}" />
<title>${title}</title>
</head>
<body>
<p><a href="${target}">${title}</a></p>
</body>
</html>
`;
}
