// A plain news article that embeds the timeline with the editor's snippet, ~1,500 px below the
// fold: for `npm run shots` and for looking at the embed as a reader meets it.

const para = (i) =>
  `<p>Paragraph ${i + 1}. Officials in Washington and Kyiv have described the transfers over many months; this paragraph stands in for the article's reporting around the embedded timeline.</p>`;
// A Persian article's filler (right to left), for the Persian edition's embed.
const paraFa = (i) => `<p>بند ${(i + 1).toLocaleString('fa-IR')}. این بند جای گزارش مقاله را در کنار خط زمانی جاسازی‌شده می‌گیرد.</p>`;

/**
 * The article's HTML.
 * @param {string} embedUrl the timeline's embed.html
 * @param {string} scriptUrl the timeline's embed.js
 * @param {{ dark?: boolean, rtl?: boolean }} [o] a dark article (a site with its own dark design); a Persian article, right to left
 */
export function articlePage(embedUrl, scriptUrl, o = {}) {
  const bg = o.dark ? '#111' : '#fff';
  const fg = o.dark ? '#eee' : '#111';
  const p = o.rtl ? paraFa : para;
  return `<!doctype html>
<html ${o.rtl ? 'lang="fa" dir="rtl"' : 'lang="en"'}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article that embeds the timeline</title>
<style>body{margin:0;background:${bg};color:${fg};font:18px/1.6 Georgia,serif}main{max-width:680px;margin:0 auto;padding:1rem}</style>
</head><body><main>
<h1>${o.rtl ? 'پهپادهای ایران در اوکراین' : "Iran's drones in Ukraine: what we know"}</h1>
${Array.from({ length: 14 }, (_, i) => p(i)).join('\n')}
<iframe src="${embedUrl}" title="Iran's drones and missiles for Russia (interactive timeline)" width="100%" height="560" style="width:100%;border:0" loading="lazy" data-timeline-embed></iframe>
<script src="${scriptUrl}" async></script>
${Array.from({ length: 20 }, (_, i) => p(i + 14)).join('\n')}
</main></body></html>`;
}
