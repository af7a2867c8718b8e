/** `npm run import -- timeline.json --out story.json`: see `import-command.ts` and the README. */
import { runImport } from './import-command';

process.exitCode = runImport(process.argv.slice(2), process);
