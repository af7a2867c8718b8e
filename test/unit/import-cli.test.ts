import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../../src/data/validate';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Runs `npm run import -- …` the way package.json does (tsx on the CLI), from the project root. */
const run = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/import/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run import', () => {
  it('import writes valid data to --out and the notes to standard error, exit 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tl3-')), 'story.json');
    const r = run('test/fixtures/timelinejs3/houston.json', '--out', out, '--kind', 'statement');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/events\[1\] "First Recording":\n {2}- /);
    expect(r.stderr).toMatch(/Imported 18 of 18 slides as events/);
    const text = readFileSync(out, 'utf8');
    expect(validateTimelineText(text, out).ok).toBe(true);
    expect(JSON.parse(text).events.every((e: { kind: string }) => e.kind === 'statement')).toBe(true);

    writeFileSync(out, 'hand edits');
    const again = run('test/fixtures/timelinejs3/houston.json', '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('hand edits');
    expect(run('test/fixtures/timelinejs3/houston.json', '--out', out, '--force', '--kind', 'statement').status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('import writes to standard output without --out', () => {
    const r = run('test/fixtures/timelinejs3/my-own-timeline.csv');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('MY OWN CSV');
  });

  it('import exits 1 with one clear sentence on unreadable input, and 2 on a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl3-'));
    writeFileSync(join(dir, 'broken.json'), '{"events": [');
    const broken = run(join(dir, 'broken.json'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    expect(run(join(dir, 'missing.json')).stderr).toMatch(/cannot read .*missing\.json: no such file/);
    const none = run('test/fixtures/timelinejs3/eras.json');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/none of the 20 slides .* could be imported/);
    expect(run().status).toBe(2);
    expect(run('a.json', '--kind', 'rumour').stderr).toMatch(/--kind must be one of/);
  });
});
