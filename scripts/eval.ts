/**
 * npm run eval [-- --heldout] [-- --per-article]
 * The engine over the seeds (or the held-out set in tests/heldout/), scored against the
 * hand-written gold. Prints precision, recall and F1 per category.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORIES, type Category, type GoldFile, type Score, addScores, emptyScores, f1, precision, recall, scoreArticle } from "./lib/evaluate.ts";
import { extractManifest } from "./lib/extract-seeds.ts";
import { repoRoot, seedsDir } from "./lib/seeds.ts";

export interface EvalSet {
  readonly name: string;
  readonly manifest: string;
  readonly articles: string;
  readonly gold: string;
}

export const SEEDS: EvalSet = { name: "seeds", manifest: join(seedsDir, "manifest.json"), articles: seedsDir, gold: join(repoRoot, "tests", "gold") };
export const HELDOUT: EvalSet = {
  name: "held-out",
  manifest: join(repoRoot, "tests", "heldout", "manifest.json"),
  articles: join(repoRoot, "tests", "heldout", "articles"),
  gold: join(repoRoot, "tests", "heldout", "gold"),
};

export function evaluate(set: EvalSet): { perArticle: Map<string, Record<Category, Score>>; total: Record<Category, Score> } {
  const doc = extractManifest(set.manifest, set.articles, { withText: false });
  const perArticle = new Map<string, Record<Category, Score>>();
  let total = emptyScores();
  for (const article of doc.articles) {
    const gold = JSON.parse(readFileSync(join(set.gold, `${article.id}.json`), "utf8")) as GoldFile;
    const s = scoreArticle(gold, article);
    perArticle.set(article.id, s);
    total = addScores(total, s);
  }
  return { perArticle, total };
}

const pct = (x: number): string => x.toFixed(3);

function table(scores: Record<Category, Score>): string {
  const lines = ["category       P      R      F1     (tp/pred/gold)"];
  for (const c of CATEGORIES) {
    const s = scores[c];
    lines.push(`${c.padEnd(13)}  ${pct(precision(s))}  ${pct(recall(s))}  ${pct(f1(s))}  (${s.tp}/${s.predicted}/${s.gold})`);
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = process.argv.includes("--heldout") ? HELDOUT : SEEDS;
  const { perArticle, total } = evaluate(set);
  if (process.argv.includes("--per-article")) {
    for (const [id, s] of perArticle) process.stdout.write(`\n${id}\n${table(s)}\n`);
  }
  process.stdout.write(`\nAll ${set.name} articles (${perArticle.size})\n${table(total)}\n`);
}
