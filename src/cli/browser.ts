import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Debian's Chromium quiet on a machine with no network but loopback. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Debian’s Chromium, driven by playwright-core; never a downloaded browser (the benchmark and the tests). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}
