/** Build step: run the engine over seeds/ and write the data the app loads. Never hand-written. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractSeeds } from "./lib/extract-seeds.ts";
import { repoRoot } from "./lib/seeds.ts";

export const seedDataPath = join(repoRoot, "public", "data", "seeds.json");

export function buildSeedData(): void {
  const doc = extractSeeds({ withText: true });
  mkdirSync(join(repoRoot, "public", "data"), { recursive: true });
  writeFileSync(seedDataPath, `${JSON.stringify(doc)}\n`);
  const claims = doc.articles.reduce((n, a) => n + a.claims.length, 0);
  process.stdout.write(`seed data: ${doc.articles.length} articles, ${claims} claims → ${seedDataPath}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildSeedData();
