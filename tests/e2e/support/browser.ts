/**
 * Drives Debian's Chromium through playwright-core. Every page opened here runs offline: requests
 * to any host but the local test server are aborted and recorded, and console errors and page
 * errors are collected, so a test can assert the app needed no network and logged no error.
 */
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
] as const;

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

export interface GuardedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** URLs the page tried to fetch from anywhere but the local server (all were aborted). */
  readonly blockedRequests: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly close: () => Promise<void>;
}

export interface PageOptions {
  readonly viewport?: { width: number; height: number };
}

/** A fresh context (empty cache) per page, so runs do not depend on each other. */
export async function openGuardedPage(browser: Browser, localOrigin: string, options: PageOptions = {}): Promise<GuardedPage> {
  const origin = new URL(localOrigin).origin;
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  return { page, context, blockedRequests, consoleErrors, pageErrors, close: () => context.close() };
}

function isLocal(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return parsed.origin === origin || parsed.protocol === "data:" || parsed.protocol === "blob:";
}

/**
 * Resolves once the app has drawn its base map (main.ts sets the flag after a paint); rejects at
 * once with the app's own message if it showed a map error instead, rather than timing out.
 */
export async function waitForMapReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === "true" || document.querySelector(".map-error") !== null, undefined, {
    timeout,
  });
  const error = await page.evaluate(() => document.querySelector(".map-error")?.textContent ?? null);
  if (error !== null) throw new Error(`the app did not draw its map: ${error}`);
}
