import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Manifest, parseManifest } from "../../src/core/manifest.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const seedsDir = join(repoRoot, "seeds");

/** Read and validate `seeds/manifest.json` (or another manifest, whose articles are in `dir`) from disk. */
export function loadManifestFile(path = join(seedsDir, "manifest.json"), dir = dirname(path)): Manifest {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  return parseManifest(raw, (file) => existsSync(join(dir, file)));
}
