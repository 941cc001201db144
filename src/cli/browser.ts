import { chromium, type Browser } from 'playwright-core';

/**
 * The features Playwright turns off in every Chromium it starts (playwright-core 1.65), repeated
 * here because Chromium reads only the last `--disable-features` on its command line: the one
 * below replaces Playwright's, so it must hold Playwright's list as well as ours.
 * tests/e2e/the-test-browser.test.ts fails if an upgrade of Playwright turns off one this list lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's drop-down, which this Chromium draws as a web page of its own
 * (`chrome://omnibox-popup.top-chrome/`) and loads, in a renderer process of its own, for every
 * new window — and Playwright opens a window for every browser context. No test and no
 * benchmark has an address bar to type in; on the 2-core test machine that page cost 1.5–1.7 s
 * of CPU per context, more than the page the context was opened for (a new context on a quote
 * page: 2.4 s of CPU with it, 0.7 s without; on the search page, 4.2 s and 1.9 s).
 */
const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

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
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`,
];

/** Debian’s Chromium, driven by playwright-core; never a downloaded browser (the benchmark and the tests). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}
