/**
 * Vitest global setup of the "browser" project: serves dist/ on a free local port and tells the
 * tests where it is and which Chromium to drive (`inject("baseUrl")`, `inject("chromiumPath")`).
 */
import type { TestProject } from "vitest/node";
import { findChromium, HOW_TO_INSTALL } from "../../../scripts/ensure-chromium.ts";
import { startAppServer } from "./app-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (chromiumPath === undefined) throw new Error(`${HOW_TO_INSTALL} (or run \`npx tsx scripts/ensure-chromium.ts\`)`);
  const server = await startAppServer();
  project.provide("baseUrl", server.url);
  project.provide("chromiumPath", chromiumPath);
  return () => server.close();
}
