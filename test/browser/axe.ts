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
      const s = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('axe-core did not load'));
      doc.head.append(s);
    });
  }
  const result = await win.axe!.run(doc, { resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  expect(found, found.join('\n')).to.deep.equal([]);
}
