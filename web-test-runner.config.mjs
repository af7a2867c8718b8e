// Browser tests in real Chromium (Debian's, or CHROME_PATH), driven by real input through the DevTools protocol.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { inputPlugin } from './test/browser/input-plugin.mjs';
import { CHROME_ARGS, CHROME_PATH } from './test/support/chromium.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), inputPlugin()],
  // A host that redirects (apex to www, http to https): /redirect/<host>/<path> answers 302 to
  // http://<host>:<this port>/<path>, where <host> is localhost or 127.0.0.1 (another origin).
  // A slow network for a large data set's heads scripts: /slow-heads-<name>/<path> serves <path>,
  // and holds each file under assets/heads/ back for 2 s, so a test sees the page before they come.
  middleware: [
    async (ctx, next) => {
      const slow = /^\/slow-heads-\w+/.exec(ctx.path);
      if (!slow) return next();
      const held = ctx.path.includes('/assets/heads/');
      ctx.path = ctx.path.slice(slow[0].length);
      if (held) await new Promise((resolve) => setTimeout(resolve, 2000));
      return next();
    },
    (ctx, next) => {
      const m = /^\/redirect\/(localhost|127\.0\.0\.1)\/(.*)$/.exec(ctx.path);
      if (!m) return next();
      ctx.redirect(`http://${m[1]}:${ctx.request.socket.localPort}/${m[2]}${ctx.search}`);
      return undefined;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
