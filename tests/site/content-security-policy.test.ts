import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listBuiltFiles } from '../../src/cli/read-built-site.ts';
import { readPage } from '../helpers/html.ts';

const siteDir = inject('siteDir');
/** Each page's policy, directive by directive: `{ 'script-src': ["'self'", …] }`. */
let policies: { file: string; directives: Map<string, string[]> }[];

beforeAll(async () => {
  const files = (await listBuiltFiles(siteDir)).filter((f) => f.endsWith('.html'));
  policies = await Promise.all(
    files.map(async (file) => {
      const meta = (await readPage(siteDir, file)).querySelector('meta[http-equiv="content-security-policy"]');
      const directives = (meta?.getAttribute('content') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name);
      return { file, directives: new Map(directives.map(([name, ...sources]) => [name, sources])) };
    }),
  );
});

describe('the Content-Security-Policy of every built page', () => {
  it('is present on every page', () => {
    expect(policies.filter((p) => p.directives.size === 0).map((p) => p.file)).toEqual([]);
  });

  it('lets scripts run only from the site itself or by hash, never inline or from another host', () => {
    for (const { file, directives } of policies) {
      const scripts = directives.get('script-src') ?? [];
      expect(scripts, file).toContain("'self'");
      const others = scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s));
      expect(others, `${file}: script-src allows ${others.join(' ')}`).toEqual([]);
    }
  });

  it('loads styles, images, fonts and data only from the site itself', () => {
    for (const { file, directives } of policies) {
      expect(directives.get('default-src'), file).toEqual(["'self'"]);
      const styles = (directives.get('style-src') ?? []).filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(s));
      expect(styles, `${file}: style-src allows ${styles.join(' ')}`).toEqual([]);
      for (const name of ['img-src', 'font-src', 'connect-src', 'worker-src']) {
        const foreign = (directives.get(name) ?? []).filter((s) => !["'self'", 'data:', 'blob:'].includes(s));
        expect(foreign, `${file}: ${name} allows ${foreign.join(' ')}`).toEqual([]);
      }
      expect(directives.get('object-src'), file).toEqual(["'none'"]);
    }
  });
});
