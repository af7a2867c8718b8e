import { describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, staleOutputs } from '../../src/build/stale-output';

const ROOT = '/home/me/project';

describe('staleOutputs', () => {
  it('staleOutputs removes only the build’s own files from dist/ inside the root', () => {
    expect(staleOutputs(ROOT, 'dist', undefined)).toEqual(BUILD_OUTPUTS.map((n) => `${ROOT}/dist/${n}`));
  });

  it('staleOutputs removes the share cards a build with SITE_URL wrote', () => {
    expect(staleOutputs(ROOT, 'dist', undefined)).toContain(`${ROOT}/dist/cards`);
  });

  it('staleOutputs leaves a folder outside the root alone, as Vite does without --emptyOutDir', () => {
    expect(staleOutputs(ROOT, '../site', undefined)).toEqual([]);
    expect(staleOutputs(ROOT, '/srv/www', undefined)).toEqual([]);
  });

  it('staleOutputs clears the build’s files outside the root only with --emptyOutDir', () => {
    expect(staleOutputs(ROOT, '/srv/www', true)).toContain('/srv/www/index.html');
    expect(staleOutputs(ROOT, 'dist', false)).toEqual([]);
  });

  it('staleOutputs never touches the root or a folder that holds it, even with --emptyOutDir', () => {
    expect(staleOutputs(ROOT, '..', true)).toEqual([]);
    expect(staleOutputs(ROOT, '.', true)).toEqual([]);
    expect(staleOutputs(ROOT, '/', true)).toEqual([]);
  });

  it('staleOutputs names files, never the folder itself', () => {
    for (const p of staleOutputs(ROOT, 'dist', true)) expect(p.startsWith(`${ROOT}/dist/`)).toBe(true);
  });
});
