/**
 * Serves the BUILT app (`dist/`, from `npm run build`) plus the bench's bare Leaflet page, which
 * loads Leaflet straight from node_modules and the same `geo/basemap.json` as the app.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appHeaders } from "./csp.ts";
import { type StaticServer, startStaticServer } from "./static-server.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** `APP_DIST` lets several people build and test side by side, each in a folder of their own. */
export const DIST = resolve(ROOT, process.env.APP_DIST ?? "dist");

/** Paths of the pages served, relative to the server's URL. */
export const PAGES = {
  app: "",
  bareLeaflet: "__bare/",
} as const;

export async function startAppServer(): Promise<StaticServer> {
  if (!existsSync(resolve(DIST, "index.html"))) {
    throw new Error(`${DIST}/index.html is missing: run \`npm run build\` first (\`npm run test:browser\` does).`);
  }
  return startStaticServer({
    "/": DIST,
    "/__bare/": resolve(ROOT, "tests/e2e/support/bare-leaflet"),
    "/__leaflet/": resolve(ROOT, "node_modules/leaflet/dist"),
  }, {
    // The app is served as a static host would serve it, with public/_headers' policy; the bench's
    // bare page (inline script) is not the app and gets none.
    headers: { "/": appHeaders() },
  });
}
