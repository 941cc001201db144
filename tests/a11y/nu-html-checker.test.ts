import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
// The package exports an object whose text is the path of the checker's jar.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * What the Nu Html Checker (the W3C's validator) says of every built page. Reading pages from
 * disk, it cannot match the policy's 'self' to a file: address, so it reports every script and
 * stylesheet as blocked by the Content-Security-Policy; a browser does not (the browser audit
 * fails on any real violation), so those lines alone are set aside.
 */
async function checkSite(): Promise<string[]> {
  const { stdout, stderr } = await promisify(execFile)(
    'java',
    // The JVM's quick compiler alone: the same report from 7 s of CPU instead of 16 (the checker
    // runs once, too briefly for the optimising compiler to pay for itself), with the deeper
    // stack the checker's schema needs without it.
    [
      '-Xss4m',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      vnuJar,
      '--skip-non-html',
      '--format',
      'gnu',
      '--also-check-svg',
      siteDir,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout: string; stderr: string }) => error);
  return `${stdout}\n${stderr}`
    .split('\n')
    .filter((line) => line.trim() && !/Content Security Policy/.test(line))
    .map((line) => line.replace(`file:${siteDir}`, ''));
}

describe('the Nu Html Checker', () => {
  it('finds no error and no warning on any page of the built site', { timeout: 180_000 }, async () => {
    expect(await checkSite()).toEqual([]);
  });
});
