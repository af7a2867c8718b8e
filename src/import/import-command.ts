/**
 * The `npm run import` command (its entry is `cli.ts`): imports a TimelineJS3 timeline (its
 * JSON, or a CSV/TSV export of its Google Sheet template) into our data format. Writes the data
 * to `--out` (never over an existing file without `--force`) or standard output, and what did not
 * come across, slide by slide, to standard error. Exits 0 when the data was written and
 * validates; 1 when the input cannot be read, no slide could be imported, or the result does not
 * validate; 2 on a usage error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { KINDS, type Kind } from '../data/types';
import { formatDataError, validateTimelineText } from '../data/validate';
import { decodeText, importText } from './import-file';
import { formatNotes, skippedCount } from './import-report';
import { ImportError } from './tl3-format';
import { DEFAULT_KIND } from './tl3-json';

const USAGE = `usage: npm run import -- <timeline.json | sheet.csv> [--out story.json [--force]] [--kind ${KINDS.join('|')}]
  Imports a TimelineJS3 timeline (JSON, or a CSV/TSV export of its Google Sheet template).
  Writes our data format to --out (or standard output); reports what did not map on standard error.
  An existing --out file is replaced only with --force.
  Every event gets the kind given by --kind (default: ${DEFAULT_KIND}).`;

/** The command line, read: the input, where to write, the kind; or what is wrong with it. */
function readArgs(argv: string[]): { input: string; out?: string; force: boolean; kind: Kind } | string {
  let input: string | undefined;
  let out: string | undefined;
  let force = false;
  let kind: Kind = DEFAULT_KIND;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '-o') out = argv[++i];
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--force') force = true;
    else if (a === '--kind' || a.startsWith('--kind=')) {
      const k = a === '--kind' ? argv[++i] : a.slice(7);
      if (!(KINDS as readonly string[]).includes(k)) return `--kind must be one of ${KINDS.join(', ')}; got ${JSON.stringify(k ?? '')}`;
      kind = k as Kind;
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (input === undefined) input = a;
    else return `one input file at a time; got ${input} and ${a}`;
  }
  if (out === '') return '--out needs a file name';
  if (argv.includes('--out') && out === undefined) return '--out needs a file name';
  return input ? { input, out, force, kind } : 'no input file given';
}

/** Where the command writes: standard output and standard error, or stand-ins in tests. */
export interface CommandOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Runs `npm run import -- <file> [--out story.json [--force]] [--kind report]` with the given
 * arguments; returns the exit code.
 *
 * @example runImport(['timeline.json', '--out', 'story.json'], process) // 0
 */
export function runImport(argv: string[], io: CommandOutput): number {
  const args = readArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`${args ? `import: ${args}\n` : ''}${USAGE}\n`);
    return args ? 2 : 0;
  }
  if (args.out && existsSync(args.out) && !args.force) {
    io.stderr.write(`import: ${args.out} already exists; add --force to replace it (hand edits in it would be lost)\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.input);
  } catch (e) {
    io.stderr.write(`import: cannot read ${args.input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return 1;
  }
  let result;
  try {
    result = importText(decodeText(bytes), { file: args.input, kind: args.kind });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    io.stderr.write(`import: ${args.input} ${e.message}\n`);
    return 1;
  }
  const { data, notes } = result;
  if (notes.length) io.stderr.write(`What did not come across from ${args.input}:\n${formatNotes(notes)}\n\n`);
  const skipped = skippedCount(notes);
  if (!data.events.length) {
    io.stderr.write(skipped ? `import: none of the ${skipped} slides of ${args.input} could be imported (see above); nothing written\n` : `import: ${args.input} has no slides to import (its events are empty); nothing written\n`);
    return 1;
  }
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (args.out) writeFileSync(args.out, json);
  else io.stdout.write(json);
  const placeholders = data.events.filter((e) => e.sources.some((s) => !s.url)).length;
  io.stderr.write(
    `Imported ${data.events.length} of ${data.events.length + skipped} slides as events${args.out ? ` into ${args.out}` : ''}. ` +
      `Every event is a "${args.kind}" (TimelineJS3 has no kinds): set each event's kind. ` +
      `Sources come from the slides' media links, with the event's year standing in for the unknown publication date` +
      `${placeholders ? `; ${placeholders} of them ${placeholders === 1 ? 'has' : 'have'} a placeholder source ("TimelineJS3 import") to replace` : ''}.\n`,
  );
  const check = validateTimelineText(json, args.out ?? '(standard output)');
  if (!check.ok) {
    io.stderr.write(`import: the result does not pass the data checks; fix these by hand:\n${check.errors.map((e) => `  ${formatDataError(e)}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}
