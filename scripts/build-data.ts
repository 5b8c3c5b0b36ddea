/**
 * Builds every generated data file the app serves, in order. `npm start` and `npm run build` run
 * this first. To add a step, append to STEPS: either a function imported from its script, or a
 * script run as a child `tsx` process (for steps that read their own argv or must not share this
 * process's memory).
 *
 * Run: `npx tsx scripts/build-data.ts`
 */
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BASEMAP_OUT, writeBasemap } from "./build-basemap.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

type Step =
  | { readonly name: string; readonly kind: "function"; readonly run: () => string | Promise<string> }
  | { readonly name: string; readonly kind: "script"; readonly path: string; readonly args?: readonly string[] };

/** Each function step returns a one-line summary of what it wrote. */
const STEPS: readonly Step[] = [
  {
    name: "basemap",
    kind: "function",
    run: () => `${BASEMAP_OUT} (${(writeBasemap() / 1024).toFixed(1)} KiB)`,
  },
  // The gazetteer is committed reference data built from ../shared/data (npm run
  // build:gazetteer), which a clone of this repository alone does not have; so it is not rebuilt here.
  { name: "seed data", kind: "script", path: "scripts/build-seed-data.ts" },
];

async function runStep(step: Step): Promise<string> {
  switch (step.kind) {
    case "function":
      return step.run();
    case "script": {
      const tsx = resolve(ROOT, "node_modules/.bin/tsx");
      const child = spawnSync(tsx, [resolve(ROOT, step.path), ...(step.args ?? [])], { cwd: ROOT, stdio: "inherit" });
      if (child.status !== 0) throw new Error(`${step.path} exited with ${child.status ?? child.signal}`);
      return step.path;
    }
  }
}

async function main(): Promise<void> {
  for (const step of STEPS) {
    const started = performance.now();
    try {
      const summary = await runStep(step);
      console.log(`build-data: ${step.name}: ${summary} in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      console.error(`build-data: step "${step.name}" failed`);
      throw error;
    }
  }
}

await main();
