/**
 * Benchmarks that compare, never judge: each one measures a subject against a baseline in the
 * same run, on the same machine, and prints both medians and their ratio. No absolute time is
 * asserted anywhere; a ratio drifting up between commits is the signal.
 *
 * To add one, append to BENCHMARKS either a "paired" benchmark (two `measure` functions returning
 * milliseconds; this runner does the repeats, medians and ratio) or a "report" benchmark that
 * does its own runs and returns the lines to print (for example an engine throughput run in
 * child processes).
 *
 * Run: `npm run bench` or `npx tsx scripts/bench.ts [--runs 5] [--only <name>] [--no-build]`.
 * It builds the app first (`npm run build`) unless told not to.
 */
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { PAGES, startAppServer } from "../tests/e2e/support/app-server.ts";
import { launchChromium, openGuardedPage, waitForMapReady } from "../tests/e2e/support/browser.ts";
import { findChromium, HOW_TO_INSTALL } from "./ensure-chromium.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface BenchContext {
  readonly browser: Browser;
  /** The local server's URL, serving dist/ and the bare Leaflet page. */
  readonly baseUrl: string;
}

interface Side {
  readonly label: string;
  readonly measure: (context: BenchContext) => Promise<number>;
}

type Benchmark =
  | { readonly kind: "paired"; readonly name: string; readonly baseline: Side; readonly subject: Side }
  | { readonly kind: "report"; readonly name: string; readonly run: () => string[] | Promise<string[]> };

/** Opens a page in a fresh context (cold cache) and reads its "map-ready" mark. */
async function timeToMapReady(context: BenchContext, path: string): Promise<number> {
  const guarded = await openGuardedPage(context.browser, context.baseUrl);
  try {
    await guarded.page.goto(new URL(path, context.baseUrl).href);
    await waitForMapReady(guarded.page);
    const startTime = await guarded.page.evaluate(() => performance.getEntriesByName("map-ready")[0]?.startTime);
    if (startTime === undefined) throw new Error(`${path}: no "map-ready" performance mark`);
    const problems = [...guarded.blockedRequests, ...guarded.consoleErrors, ...guarded.pageErrors];
    if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
    return startTime;
  } finally {
    await guarded.close();
  }
}

const BENCHMARKS: readonly Benchmark[] = [
  {
    kind: "paired",
    name: "time to map-ready",
    baseline: { label: "bare Leaflet page", measure: (c) => timeToMapReady(c, PAGES.bareLeaflet) },
    subject: { label: "built app", measure: (c) => timeToMapReady(c, PAGES.app) },
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function run(benchmark: Benchmark, context: BenchContext, runs: number): Promise<void> {
  switch (benchmark.kind) {
    case "paired":
      return runPaired(benchmark, context, runs);
    case "report":
      for (const line of await benchmark.run()) console.log(line);
      return;
  }
}

async function runPaired(benchmark: Extract<Benchmark, { kind: "paired" }>, context: BenchContext, runs: number): Promise<void> {
  // One discarded round warms up the browser process and the OS file cache for both sides.
  await benchmark.baseline.measure(context);
  await benchmark.subject.measure(context);
  const baseline: number[] = [];
  const subject: number[] = [];
  // Interleaved, so a slow phase of the machine hurts both sides alike.
  for (let i = 0; i < runs; i++) {
    baseline.push(await benchmark.baseline.measure(context));
    subject.push(await benchmark.subject.measure(context));
  }
  const [b, s] = [median(baseline), median(subject)];
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${benchmark.name} (median of ${runs})`);
  console.log(`  baseline  ${benchmark.baseline.label.padEnd(20)} ${fmt(b).padStart(10)}   runs: ${baseline.map((v) => v.toFixed(0)).join(", ")}`);
  console.log(`  subject   ${benchmark.subject.label.padEnd(20)} ${fmt(s).padStart(10)}   runs: ${subject.map((v) => v.toFixed(0)).join(", ")}`);
  console.log(`  ratio     subject / baseline = ${(s / b).toFixed(2)}×`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "5" },
      only: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const selected = BENCHMARKS.filter((b) => values.only === undefined || b.name === values.only);
  if (selected.length === 0) throw new Error(`no benchmark named ${JSON.stringify(values.only)}; have: ${BENCHMARKS.map((b) => b.name).join(", ")}`);
  const runs = Number.parseInt(values.runs, 10);
  if (!(runs > 0)) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  if (!values["no-build"]) {
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  const chromiumPath = findChromium();
  if (chromiumPath === undefined) throw new Error(HOW_TO_INSTALL);

  const server = await startAppServer();
  const browser = await launchChromium(chromiumPath);
  try {
    for (const benchmark of selected) await run(benchmark, { browser, baseUrl: server.url }, runs);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
