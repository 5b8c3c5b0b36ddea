import type { GazetteerEntry } from "../core/gazetteer/types.ts";
import type { ArticleOut } from "../core/output/extraction-document.ts";
import type { ArticleInput } from "../core/types.ts";

/** Messages between the page and the engine worker. Each request carries its own id. */
export type EngineRequest =
  | {
      readonly type: "extract";
      readonly requestId: number;
      readonly article: ArticleInput;
      /** Absolute URL of gazetteer.json: the page knows where the app is served from. */
      readonly gazetteerUrl: string;
      /** Places the analyst put on the map: read as gazetteer entries alongside the shipped ones. */
      readonly localPlaces: readonly GazetteerEntry[];
    }
  | { readonly type: "cancel"; readonly requestId: number };

/** What the worker is doing, for the progress indicator: the engine itself has no finer steps. */
export type EngineStage = "loading-gazetteer" | "reading-article";

export type EngineResponse =
  | { readonly type: "progress"; readonly requestId: number; readonly stage: EngineStage }
  /** The article in the published format (places as references with coordinates), text included. */
  | { readonly type: "result"; readonly requestId: number; readonly article: ArticleOut; readonly ms: number }
  | { readonly type: "error"; readonly requestId: number; readonly message: string };
