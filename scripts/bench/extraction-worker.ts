/**
 * Runs in a child process so its peak RSS is the engine's alone: extracts a corpus of the
 * given size and prints one JSON line { mb, seconds, maxRssMb, mode }.
 */
import { extractArticle } from "../../src/core/extract/article.ts";
import { prepareDocument } from "../../src/core/extract/document.ts";
import { loadGazetteerIndex } from "../lib/gazetteer.ts";
import { seedSentenceCorpus } from "./corpus.ts";

const mode = process.argv[2] === "baseline" ? "baseline" : "engine";
const bytes = Number(process.argv[3] ?? 10 * 1024 * 1024);
const articles = seedSentenceCorpus(bytes);
const gaz = loadGazetteerIndex();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a, "utf8"), 0) / (1024 * 1024);
const t0 = performance.now();
let sink = 0;
articles.forEach((text, i) => {
  if (mode === "baseline") sink += prepareDocument(text).tokens.length;
  else sink += extractArticle({ id: `b${i}`, text, sourceId: "bench", published: { iso: "2020-06-06", precision: "day" } }, gaz).claims.length;
});
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`${JSON.stringify({ mode, mb, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, sink })}\n`);
