// Debian's Chromium driven by playwright-core. Browser downloads do not work on these machines, so the gate
// never uses Playwright's own browser builds.

import { chromium } from 'playwright-core';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };
/** WCAG 1.4.10 Reflow: content must fit 320 CSS pixels without scrolling sideways. */
export const REFLOW_WIDTH = 320;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium. Playwright gives every launch a fresh user-data-dir of its own (and removes it on close);
 * it refuses `--user-data-dir` in `args`.
 */
export async function launch() {
  const executablePath = process.env.LOKET_GATES_CHROMIUM || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ARGS });
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/** The browser's locale for each language the crawl asks for (the `taal` cookie decides the portal's). */
const LOCALES = { nl: 'nl-NL', en: 'en-GB', tr: 'tr-TR', ar: 'ar', pl: 'pl-PL', uk: 'uk-UA' };

/**
 * A fresh browser context (its own cookies) with the language cookie set. `bypassCSP` lets the gate inject
 * axe-core into pages whose policy is `script-src 'none'`; the policy itself is checked on the response headers.
 */
export async function newContext(browser, base, lang, { forwardedFor } = {}) {
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: PHONE,
    locale: LOCALES[lang] || 'nl-NL',
    serviceWorkers: 'block',
    // A client address of its own (the portal started with LOKET_BEHIND_PROXY=true reads it): the light crawl
    // signs the same demo people in again, and the portal allows five sign-in links per address per client
    // within 15 minutes.
    ...(forwardedFor ? { extraHTTPHeaders: { 'x-forwarded-for': forwardedFor } } : {}),
  });
  context.setDefaultTimeout(15000);
  context.setDefaultNavigationTimeout(20000);
  await context.addCookies([{ name: 'taal', value: lang, url: base }]);
  return context;
}
