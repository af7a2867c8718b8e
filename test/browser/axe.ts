import { expect } from '@esm-bundle/chai';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: Node, options?: object): Promise<AxeResult> };
  }
}

/**
 * Runs axe-core (WCAG 2.x A and AA, plus best practices) on a document (this page, or a
 * same-origin frame's) and fails listing every violation.
 */
export async function expectNoAxeViolations(doc: Document = document): Promise<void> {
  const win = doc.defaultView as Window;
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      // The built site enforces Trusted Types and its own policy refuses other scripts: the test
      // vouches for axe-core with a policy of its own, as a browser extension or DevTools would.
      const src = '/node_modules/axe-core/axe.min.js';
      const tt = (win as Window & { trustedTypes?: { createPolicy(n: string, p: object): { createScriptURL(u: string): string } } }).trustedTypes;
      const s = doc.createElement('script');
      s.src = tt ? tt.createPolicy('axe-test', { createScriptURL: (u: string) => u }).createScriptURL(src) : src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('axe-core did not load'));
      doc.head.append(s);
    });
  }
  const result = await win.axe!.run(doc, { resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  expect(found, found.join('\n')).to.deep.equal([]);
}
