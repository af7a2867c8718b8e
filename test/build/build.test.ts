import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Real builds (`vite build`, as `npm run build` runs it) of one broken data file per rule.
const root = new URL('../..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');

function build(data: string): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-build-'));
  // A stale deployable site from an earlier build: a failed build must remove it.
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>stale</title>');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, TIMELINE_DATA: data, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** The error lines the build printed: `file:line:col $.path value message [rule]`. */
function errorLines(output: string): string[] {
  return output.split('\n').filter((l) => /^\s+\S+\.json(:\d+:\d+)? \$/.test(l)).map((l) => l.trim());
}

const cases: [string, RegExp[]][] = [
  ['missing-required.json', [/^test\/fixtures\/broken\/missing-required\.json:\d+:\d+ \$\.events\[0\]\.summary is required but missing \[required\]$/]],
  ['wrong-type.json', [/:\d+:\d+ \$\.events\[0\]\.actors "Iran" must be array \[type\]$/]],
  ['impossible-date.json', [/:\d+:\d+ \$\.events\[1\]\.date\.day "2022-02-30" is not a real calendar day \[calendar-date\]$/]],
  ['duplicate-id.json', [/:\d+:\d+ \$\.events\[1\]\.id "first-event" repeats the id of \$\.events\[0\] \[unique-id\]$/]],
  ['unknown-key.json', [/:\d+:\d+ \$\.events\[0\]\.colour "red" is not a known field \[additionalProperties\]$/]],
  ['end-before-start.json', [/:\d+:\d+ \$\.events\[0\]\.date\.end "2022-11-01" is before the start .* \[date-order\]$/]],
  ['bad-url.json', [/:\d+:\d+ \$\.events\[0\]\.sources\[0\]\.url "javascript:alert\(1\)" is not an absolute http\(s\) URL.* \[http-url\]$/]],
  ['trailing-comma.json', [/:\d+:\d+ \$ .* is not valid JSON .* \[json-syntax\]$/]],
  ['truncated.json', [/:\d+:\d+ \$ .*is not valid JSON .* \[json-syntax\]$/]],
  ['no-sources.json', [/:\d+:\d+ \$\.events\[0\]\.sources \[\] must NOT have fewer than 1 items \[minItems\]$/]],
  ['bad-kind.json', [/:\d+:\d+ \$\.events\[0\]\.kind "rumour" must be one of .* \[enum\]$/]],
];

describe('vite build with broken data', () => {
  it.each(cases)('build of %s fails, names file, line, column, path, value and rule, and leaves no dist', (name, patterns) => {
    const { status, output, outDir } = build(`test/fixtures/broken/${name}`);
    expect(status, output).not.toBe(0);
    const lines = errorLines(output);
    for (const p of patterns) expect(lines.some((l) => p.test(l)), `${p} in\n${lines.join('\n')}`).toBe(true);
    for (const l of lines) expect(l.startsWith(`test/fixtures/broken/${name}:`)).toBe(true);
    expect(existsSync(join(outDir, 'index.html')), 'no deployable site left').toBe(false);
  });

  it('build of a file with several errors lists every one', () => {
    const { status, output } = build('test/fixtures/broken/several-errors.json');
    expect(status).not.toBe(0);
    expect(errorLines(output).map((l) => /\[([\w-]+)\]$/.exec(l)?.[1]).sort()).toEqual(['additionalProperties', 'calendar-date', 'enum', 'required', 'unique-id']);
  });

  it('build refuses javascript:, data:, vbscript: and protocol-relative links, naming each', () => {
    const { status, output } = build('test/fixtures/hostile/urls.json');
    expect(status).not.toBe(0);
    const lines = errorLines(output);
    for (const bad of ['javascript:alert(1)', 'data:text/html', 'vbscript:msgbox(1)', '//evil.example/x', ' https://example.org/leading-space', 'JaVaScRiPt:alert(1)'])
      expect(lines.some((l) => l.includes(`"${bad}`) && l.endsWith('[http-url]')), bad).toBe(true);
    for (const [bad, rule] of [['https://trusted.example@evil.example/', 'url-userinfo'], ['https://example.org/\\u202egpj.exe', 'url-characters'], ['http://127.0.0.1/admin', 'url-private-host'], ['https://exa\\u200bmple.org/', 'url-characters']])
      expect(lines.some((l) => l.includes(`"${bad}"`) && l.endsWith(`[${rule}]`)), bad).toBe(true);
  });

  it('build with TIMELINE_DATA builds the same site from another valid file, and publishes it', () => {
    const { status, output, outDir } = build('test/fixtures/valid.json');
    expect(status, output).toBe(0);
    expect(readFileSync(join(outDir, 'events.json'), 'utf8')).toBe(readFileSync(join(root, 'test/fixtures/valid.json'), 'utf8'));
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<ol class="event-list">');
    // A folder per event (its page) and, beside it, `<id>.html` for the address without the slash.
    expect(readdirSync(join(outDir, 'events'), { withFileTypes: true }).filter((d) => d.isDirectory()).length).toBe(JSON.parse(readFileSync(join(root, 'test/fixtures/valid.json'), 'utf8')).events.length);
  });

  it('build of the real data writes the corrections and method pages, and every page says when the data last changed', () => {
    const { status, output, outDir } = build('data/events.json');
    expect(status, output).toBe(0);
    const data = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as {
      updated: string;
      events: { id: string; corrections?: { change: string }[] }[];
    };
    const corrections = readFileSync(join(outDir, 'corrections/index.html'), 'utf8');
    const method = readFileSync(join(outDir, 'method/index.html'), 'utf8');
    const all = data.events.flatMap((e) => (e.corrections ?? []).map((c) => ({ id: e.id, ...c })));
    expect(all.length).toBeGreaterThan(0);
    expect(corrections.match(/<li class="correction"/g)).toHaveLength(all.length);
    for (const c of all) expect(corrections).toContain(`data-id="${c.id}"`);
    expect(corrections).toContain('<link rel="stylesheet" href="../assets/');
    expect(corrections).toContain('Content-Security-Policy');
    expect(method).toContain('<h1>How this timeline was made</h1>');
    expect(method).toContain('<dt>Declines to comment</dt>');
    const updated = `Last updated <time datetime="${data.updated}">`;
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(updated);
    const corrected = data.events.find((e) => e.corrections?.length)!;
    const page = readFileSync(join(outDir, `events/${corrected.id}/index.html`), 'utf8');
    expect(page).toContain(updated);
    expect(page).toContain('<a href="../../corrections/">');
    expect(page).toContain('<span class="corrected-mark">Corrected</span>');
  });
});
