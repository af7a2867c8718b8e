import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Real builds (`vite build`, as `npm run build` runs it) from sheets: one broken sheet per kind of mistake, and good ones.
const root = new URL('../..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');
const template = readFileSync(join(root, 'data/template.csv'), 'utf8');

function build(name: string, bytes: string | Uint8Array): { status: number | null; output: string; outDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-sheet-'));
  const data = join(dir, name);
  writeFileSync(data, bytes);
  const outDir = join(dir, 'dist');
  // A stale deployable site from an earlier build: a failed build must remove it.
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>stale</title>');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, TIMELINE_DATA: data, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** The error lines the build printed for a sheet: `file row N, column `c`: value message [rule]`. */
const errorLines = (output: string, name: string) =>
  output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes(`${name} `) || l.includes(`${name}:`))
    .filter((l) => /\[[\w-]+\]$/.test(l));

/** The template with one mistake: a change to one of its rows (row 6 is example-window, row 7 example-forecast). */
const broken = (from: string, to: string) => {
  if (!template.includes(from)) throw new Error(`the template has no ${from}`);
  return template.replace(from, to);
};

const cases: [string, string, RegExp][] = [
  ['a day that does not exist', broken('example-window,2022-11-01..2022-11-10', 'example-window,2022-02-30..2022-11-10'), /row 6, column `date`: "2022-02-30" is not a real calendar day \[calendar-date\]$/],
  ['a date the sheet cannot read', broken('example-forecast,2022-11-01..by 2022-12-31', 'example-forecast,31/12/2022'), /row 7, column `date`: "31\/12\/2022" is not a date: write 2022-10-06, .* \[date-syntax\]$/],
  ['an unknown kind', broken(',forecast,', ',rumour,'), /row 7, column `kind`: "rumour" must be one of "delivery", .* \[enum\]$/],
  ['an unknown column (and so a missing one)', broken('id,date,date label,kind,', 'id,date,date label,type,'), /row 1, column `type`: "type" is not a known column; .* \[unknown-column\]$/],
  ['a missing required column', template.replace(/^id,/, 'ident,'), /row 1, column `id`: is missing from the header row; .* \[missing-column\]$/],
  ['a repeated id with its own event columns', broken('example-forecast,', 'example-window,'), /row 7, column `id`: "example-window" repeats the id of row 6; .* \[unique-id\]$/],
  ['a figure in the wrong form', broken('300..700 km |', 'three hundred km |'), /row 6, column `figures`, line 1: "three hundred km \| .*" is not in the form .* \[figure-syntax\]$/],
  ['Latin-1 text', '', /story\.csv: line 4 is not UTF-8 \(byte 0xE9 .*\); save it as "CSV UTF-8" .* \[encoding\]$/],
];

describe('vite build with a broken sheet', () => {
  it.each(cases)('build of a sheet with %s fails, names row, column, value and rule, and leaves no dist', (what, text, pattern) => {
    const bytes = what === 'Latin-1 text' ? Uint8Array.from(broken('EXAMPLE: two governments', 'EXAMPLE: caf\u00e9 governments'), (c) => c.charCodeAt(0)) : text;
    const { status, output, outDir } = build('story.csv', bytes);
    expect(status, output).not.toBe(0);
    const lines = errorLines(output, 'story.csv');
    expect(lines.some((l) => pattern.test(l)), `${pattern} in\n${output}`).toBe(true);
    expect(output).toMatch(/The timeline data is invalid \(\d+ errors?/);
    expect(existsSync(join(outDir, 'index.html')), 'no deployable site left').toBe(false);
  });
});

describe('vite build with a good sheet', () => {
  it('build of data/events.csv publishes the same data as events.json and events.csv, and links both', () => {
    const { status, output, outDir } = build('events.csv', readFileSync(join(root, 'data/events.csv')));
    expect(status, output).toBe(0);
    const { $schema: _, ...json } = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.parse(readFileSync(join(outDir, 'events.json'), 'utf8'))).toEqual(json);
    expect(readFileSync(join(outDir, 'events.csv'), 'utf8')).toBe(readFileSync(join(root, 'data/events.csv'), 'utf8'));
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<a href="./events.csv">events.csv</a>');
    expect(html).toContain('<a href="./events.json">events.json</a>');
  });

  it('build of the template saved by Excel as "Unicode text" (UTF-16 LE, tabs, CRLF) builds its example events', () => {
    const tsv = template
      .trimEnd()
      .split('\n')
      // The template's only multi-line cell is a claims cell: keep it as one cell, quoted.
      .join('\r\n');
    const rows = parseCommaSheet(tsv);
    const text = rows.map((r) => r.map((c) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const { status, output, outDir } = build('story.txt', bytes);
    expect(status, output).toBe(0);
    const data = JSON.parse(readFileSync(join(outDir, 'events.json'), 'utf8')) as { events: { id: string }[] };
    expect(data.events.map((e) => e.id)).toEqual(['example-agreement', 'example-window', 'example-forecast']);
  });
});

/** A small RFC 4180 reader for the test's own use (quoted cells, doubled quotes), independent of the code under test. */
function parseCommaSheet(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows[rows.length - 1].push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') rows[rows.length - 1].push(cell), (cell = ''), rows.push([]), i++;
    else cell += c;
  }
  rows[rows.length - 1].push(cell);
  return rows;
}
