/**
 * Drives Debian's Chromium through playwright-core. Every page opened here runs offline: requests
 * to any host but the local test server are aborted and recorded, and console errors and page
 * errors are collected, so a test can assert the app needed no network and logged no error.
 * Content Security Policy violations are collected too, and closing a page that had an enforced
 * one throws: every browser test checks the policy of public/_headers without saying so.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
  /** Enforced CSP violations (securitypolicyviolation events and the console's "Refused to …"). */
  readonly cspViolations: string[];
  /** Report-only ones (Trusted Types): reported to test-results/csp-report-only.txt, not failed. */
  readonly reportOnlyViolations: string[];
  /** Closes the context; throws if the page had an enforced CSP violation. */
  readonly close: () => Promise<void>;
}

const REPORT_ONLY_LOG = resolve(dirname(fileURLToPath(import.meta.url)), "../../../test-results/csp-report-only.txt");

/** What the page's securitypolicyviolation listener sends back. */
interface ViolationReport {
  readonly disposition: string;
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly where: string;
}

/** Chromium's console wording for CSP and Trusted Types problems. */
const CSP_CONSOLE = /Content Security Policy|Trusted ?Types|TrustedHTML|TrustedScript/i;

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
  const cspViolations: string[] = [];
  const reportOnlyViolations: string[] = [];
  await context.exposeBinding("__reportCspViolation", (_source, v: ViolationReport) => {
    const line = `${v.directive}: ${v.blocked || "(inline)"}${v.sample ? ` «${v.sample}»` : ""} at ${v.where}`;
    (v.disposition === "report" ? reportOnlyViolations : cspViolations).push(line);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
    document.addEventListener(
      "securitypolicyviolation",
      (e) => {
        report({ disposition: e.disposition, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, where: `${e.sourceFile}:${e.lineNumber}` });
      },
      true,
    );
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    const text = `${message.text()} (${message.location().url})`;
    // Report-only messages are the policy's notes, not the app's errors; enforced ones are both.
    if (CSP_CONSOLE.test(message.text()) && /\[Report Only\]|policy is report-only/i.test(message.text())) {
      reportOnlyViolations.push(`console: ${text}`);
      return;
    }
    if (CSP_CONSOLE.test(message.text())) cspViolations.push(`console: ${text}`);
    if (message.type() === "error") consoleErrors.push(text);
  });
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close();
    if (reportOnlyViolations.length > 0) {
      mkdirSync(dirname(REPORT_ONLY_LOG), { recursive: true });
      appendFileSync(REPORT_ONLY_LOG, `${[...new Set(reportOnlyViolations)].join("\n")}\n`);
    }
    if (cspViolations.length > 0) throw new Error(`Content Security Policy violations:\n${[...new Set(cspViolations)].join("\n")}`);
  };
  return { page, context, blockedRequests, consoleErrors, pageErrors, cspViolations, reportOnlyViolations, close };
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
