import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../../src/data/validate';
import { runImport } from '../../src/import/import-command';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures/timelinejs3', name);

/** Runs the command in this process, catching what it writes. */
function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runImport(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { status, stdout, stderr };
}

describe('runImport', () => {
  it('runImport writes valid data to --out and the notes to standard error, exit 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tl3-')), 'story.json');
    const r = run(fixture('houston.json'), '--out', out, '--kind', 'statement');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/events\[1\] "First Recording":\n {2}- /);
    expect(r.stderr).toMatch(/Imported 18 of 18 slides as events/);
    const text = readFileSync(out, 'utf8');
    expect(validateTimelineText(text, out).ok).toBe(true);
    expect(JSON.parse(text).events.every((e: { kind: string }) => e.kind === 'statement')).toBe(true);
  });

  it('runImport never replaces an existing --out file without --force', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tl3-')), 'story.json');
    writeFileSync(out, 'hand edits');
    const again = run(fixture('houston.json'), '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('hand edits');
    expect(run(fixture('houston.json'), '--out', out, '--force').status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(18);
  });

  it('runImport writes to standard output without --out', () => {
    const r = run(fixture('my-own-timeline.csv'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('MY OWN CSV');
  });

  it('runImport exits 1 with one clear sentence on unreadable input, and 2 on a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl3-'));
    writeFileSync(join(dir, 'broken.json'), '{"events": [');
    const broken = run(join(dir, 'broken.json'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    expect(run(join(dir, 'missing.json')).stderr).toMatch(/cannot read .*missing\.json: no such file/);
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from([0x59, 0x65, 0x61, 0x72, 0x0a, 0xe9]));
    expect(run(join(dir, 'latin1.csv')).stderr).toMatch(/latin1\.csv is not UTF-8 text/);
    const none = run(fixture('eras.json'));
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/none of the 20 slides .* could be imported/);
    expect(run().status).toBe(2);
    expect(run('a.json', '--kind', 'rumour').stderr).toMatch(/--kind must be one of/);
  });
});

describe('npm run import', () => {
  it('npm run import runs the command from package.json with tsx', () => {
    const r = spawnSync('npm', ['run', '-s', 'import', '--', 'test/fixtures/timelinejs3/template-columns.csv'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('Template columns test');
    expect(r.stderr).toMatch(/row 12 \(era\):/);
  });
});
