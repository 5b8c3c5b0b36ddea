/// <reference lib="webworker" />
import { extractArticle } from "../core/extract/article.ts";
import { createGazetteerIndex, loadGazetteer } from "../core/gazetteer/index.ts";
import type { GazetteerIndex } from "../core/gazetteer/lookup-api.ts";
import type { Gazetteer, GazetteerEntry } from "../core/gazetteer/types.ts";
import { toExtractionDocument } from "../core/output/extraction-document.ts";
import type { EngineRequest, EngineResponse } from "./protocol.ts";

/**
 * The engine in a Web Worker: the same core code the build step runs in Node, so the page
 * stays responsive while a long article is read. The gazetteer is fetched once, lazily. The
 * article goes back in the published format: the page has no gazetteer to turn place ids into
 * coordinates, and the published format is what the app indexes and stores.
 */
declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<Gazetteer> | undefined;
/** The index last built, and the local places it was built with: rebuilt only when they change. */
let built: { key: string; index: GazetteerIndex } | undefined;
const cancelled = new Set<number>();

function loadGazetteerOnce(url: string): Promise<Gazetteer> {
  gazetteer ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`the gazetteer could not be loaded (HTTP ${r.status})`);
      return r.json();
    })
    .then((json: unknown) => loadGazetteer(json));
  // A failed load is not cached: the next article tries again.
  gazetteer.catch(() => {
    gazetteer = undefined;
  });
  return gazetteer;
}

async function indexWith(url: string, local: readonly GazetteerEntry[]): Promise<GazetteerIndex> {
  const base = await loadGazetteerOnce(url);
  const key = local.map((e) => `${e.id}@${e.lat},${e.lon}:${e.ar}`).join("|");
  if (built?.key !== key) built = { key, index: createGazetteerIndex({ ...base, entries: [...base.entries, ...local] }) };
  return built.index;
}

function reply(message: EngineResponse): void {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<EngineRequest>) => {
  const msg = event.data;
  if (msg.type === "cancel") {
    cancelled.add(msg.requestId);
    return;
  }
  try {
    reply({ type: "progress", requestId: msg.requestId, stage: "loading-gazetteer" });
    const gaz = await indexWith(msg.gazetteerUrl, msg.localPlaces);
    if (cancelled.delete(msg.requestId)) return;
    reply({ type: "progress", requestId: msg.requestId, stage: "reading-article" });
    const t0 = performance.now();
    const input = msg.article;
    const extraction = extractArticle(input, gaz);
    const document = toExtractionDocument({ articles: [extraction], claims: extraction.claims, disagreements: [], leans: new Map() }, gaz, {
      sources: [{ id: input.sourceId, ar: input.sourceId, en: input.sourceId, url: null, leanSetByHand: false }],
      published: new Map([[input.id, input.published]]),
      texts: new Map([[input.id, input.text]]),
    });
    const article = document.articles[0];
    if (article === undefined) throw new Error("the engine returned no article");
    if (cancelled.delete(msg.requestId)) return;
    reply({ type: "result", requestId: msg.requestId, article, ms: performance.now() - t0 });
  } catch (e) {
    reply({ type: "error", requestId: msg.requestId, message: e instanceof Error ? e.message : String(e) });
  }
};
