/**
 * Debian's Chromium (apt-get install chromium) driven by playwright-core: never a downloaded
 * browser. Each user gets their own browser with a fresh profile directory, so the seeker's
 * localStorage and the counsellor's cookie are as separate as two people's machines.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT } from './server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-output/e2e');
mkdirSync(SHOTS, { recursive: true });

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Browser errors seen so far (uncaught exceptions and console errors). */
  errors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(opts: { viewport?: { width: number; height: number }; mobile?: boolean } = {}): Promise<Person> {
  const profile = mkdtempSync(join(tmpdir(), 'yb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: opts.viewport ?? { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(opts.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

/** Waits until the element is visible (vitest has no Playwright matchers). */
export const visible = (locator: import('playwright-core').Locator, timeout = 15_000) => locator.waitFor({ state: 'visible', timeout });

/** Waits until the element's text contains `text`. */
export async function containsText(locator: import('playwright-core').Locator, text: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await locator.innerText({ timeout: 1000 }).catch(() => '');
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${locator} to contain “${text}”; it reads: “${last.slice(0, 500)}”`);
}
