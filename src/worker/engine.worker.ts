/// <reference lib="webworker" />
import { extractArticle } from "../core/extract/article.ts";
import { createGazetteerIndex, loadGazetteer } from "../core/gazetteer/index.ts";
import type { GazetteerIndex } from "../core/gazetteer/lookup-api.ts";
import type { EngineRequest, EngineResponse } from "./protocol.ts";

/**
 * The engine in a Web Worker: the same core code the build step runs in Node, so the page
 * stays responsive while a long article is read. The gazetteer is fetched once, lazily.
 */
declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<GazetteerIndex> | undefined;
const cancelled = new Set<number>();

function loadIndex(url: string): Promise<GazetteerIndex> {
  gazetteer ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`gazetteer: HTTP ${r.status}`);
      return r.json();
    })
    .then((json: unknown) => createGazetteerIndex(loadGazetteer(json)));
  return gazetteer;
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
    const gaz = await loadIndex(msg.gazetteerUrl);
    if (cancelled.delete(msg.requestId)) return;
    const t0 = performance.now();
    const extraction = extractArticle(msg.article, gaz);
    if (cancelled.delete(msg.requestId)) return;
    reply({ type: "result", requestId: msg.requestId, extraction, ms: performance.now() - t0 });
  } catch (e) {
    reply({ type: "error", requestId: msg.requestId, message: e instanceof Error ? e.message : String(e) });
  }
};
