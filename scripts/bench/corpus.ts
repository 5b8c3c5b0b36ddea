import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../../src/core/text/sentences.ts";
import { loadManifestFile, seedsDir } from "../lib/seeds.ts";

/**
 * A corpus of about `bytes` of UTF-8 made from the seeds' sentences, shuffled with a fixed
 * seed and grouped into articles of ~40 sentences, so the engine sees realistic text at scale.
 */
export function seedSentenceCorpus(bytes: number, seed = 42): string[] {
  const sentences: string[] = [];
  for (const a of loadManifestFile().articles) {
    const text = readFileSync(join(seedsDir, a.file), "utf8");
    for (const s of splitSentences(text)) sentences.push(text.slice(s.start, s.end));
  }
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32: small, fast, deterministic.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const articles: string[] = [];
  let total = 0;
  while (total < bytes) {
    const parts: string[] = [];
    for (let i = 0; i < 40; i++) parts.push(sentences[Math.floor(next() * sentences.length)] as string);
    const article = parts.join("\n");
    articles.push(article);
    total += Buffer.byteLength(article, "utf8");
  }
  return articles;
}
