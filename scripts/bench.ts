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
import { benchExtraction } from "./bench/extraction.ts";
import { benchBundle } from "./bench/bundle.ts";
import { benchGazetteer } from "./bench/gazetteer.ts";
// For the type of `window.__app` in the interactions run inside the page.
import type {} from "../src/main.ts";

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
  | { readonly kind: "report"; readonly name: string; readonly run: () => string[] | Promise<string[]> }
  /** Runs in the built app's page: `runs` timed repeats of one interaction, reported as a median. */
  | { readonly kind: "interaction"; readonly name: string; readonly goalMs: number; readonly act: InteractionStep };

/**
 * One interaction, run inside the page (serialised by playwright: it must not close over
 * anything): do the i-th step through the app's store. The runner times it from the call to the
 * end of the next frame, i.e. until the browser has had the chance to paint the result.
 */
type InteractionStep = (i: number) => void;

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
  // Issue 4's engine goals (≥ 2 MB/s, ≤ 200 MB peak RSS): reported, never asserted.
  { kind: "report", name: "extraction", run: () => benchExtraction() },
  { kind: "report", name: "gazetteer", run: () => benchGazetteer() },
  // Issue 8's budget (initial JavaScript ≤ 100 KB gzipped) is asserted by tests/scripts/bundle-budget.test.ts.
  { kind: "report", name: "bundle", run: () => benchBundle() },
  {
    kind: "paired",
    name: "time to map-ready",
    baseline: { label: "bare Leaflet page", measure: (c) => timeToMapReady(c, PAGES.bareLeaflet) },
    subject: { label: "built app", measure: (c) => timeToMapReady(c, PAGES.app) },
  },
  {
    kind: "interaction",
    name: "time to toggle a source",
    goalMs: 50,
    // Al Jazeera off, then on again: every run draws or removes one source's layer.
    act: () => window.__app!.store!.getState().toggleSource("aljazeera"),
  },
  {
    kind: "interaction",
    name: "time to move the timeline one step",
    goalMs: 50,
    // Walks the dates with claims back from the last and forward again, one step per run.
    act: (i) => {
      const { store, data } = window.__app!;
      const dates = data!.eventDates;
      const n = dates.length;
      const k = i % (2 * (n - 1));
      store!.getState().setDate(dates[k < n - 1 ? n - 1 - k - 1 : k - (n - 1) + 1] as string);
    },
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
    case "interaction":
      return runInteraction(benchmark, context, runs);
  }
}

/** Interactions are cheap, so each run repeats them this many times: medians of tiny times need many samples. */
const INTERACTIONS_PER_RUN = 10;

async function runInteraction(benchmark: Extract<Benchmark, { kind: "interaction" }>, context: BenchContext, runs: number): Promise<void> {
  const guarded = await openGuardedPage(context.browser, context.baseUrl);
  try {
    await guarded.page.goto(new URL(PAGES.app, context.baseUrl).href);
    await waitForMapReady(guarded.page);
    // Sent as source text: tsx's name helpers would not exist inside the page.
    const samples = (await guarded.page.evaluate(`(async () => {
      const step = (${benchmark.act.toString()});
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await nextFrame();
      const script = [];
      const frame = [];
      for (let i = 0; i < ${runs * INTERACTIONS_PER_RUN}; i++) {
        const t0 = performance.now();
        step(i);
        const t1 = performance.now();
        await nextFrame();
        script.push(t1 - t0);
        frame.push(performance.now() - t0);
      }
      return { script, frame };
    })()`)) as { script: number[]; frame: number[] };
    const problems = [...guarded.blockedRequests, ...guarded.consoleErrors, ...guarded.pageErrors];
    if (problems.length > 0) throw new Error(`${benchmark.name}: ${problems.join("; ")}`);
    const [script, frame] = [median(samples.script), median(samples.frame)];
    console.log(`${benchmark.name} (median of ${samples.frame.length}, goal ≤ ${benchmark.goalMs} ms to the next frame, reported not asserted)`);
    console.log(`  script      ${script.toFixed(1).padStart(8)} ms   (store action, redraw of layers and panels)`);
    console.log(`  next frame  ${frame.toFixed(1).padStart(8)} ms   (includes layout, paint and waiting for the frame)${frame <= benchmark.goalMs ? "" : "   ABOVE GOAL"}`);
  } finally {
    await guarded.close();
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
