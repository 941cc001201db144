import { chromium, type Browser } from 'playwright-core';

/**
 * Flags that keep Debian's Chromium quiet on a machine with no network but loopback, and keep it
 * there: every request to another host goes to a proxy at a closed port of this machine and fails
 * at once (Chromium never sends loopback through a proxy), so a page that misbehaves reaches no one.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--proxy-server=http://127.0.0.1:9',
];

/** Debian’s Chromium, driven by playwright-core; never a downloaded browser (the benchmark and the tests). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}
