import type { ArticleExtraction, ArticleInput } from "../core/types.ts";

/** Messages between the page and the engine worker. Each request carries its own id. */
export type EngineRequest =
  | {
      readonly type: "extract";
      readonly requestId: number;
      readonly article: ArticleInput;
      /** Absolute URL of gazetteer.json: the page knows where the app is served from. */
      readonly gazetteerUrl: string;
    }
  | { readonly type: "cancel"; readonly requestId: number };

export type EngineResponse =
  | { readonly type: "result"; readonly requestId: number; readonly extraction: ArticleExtraction; readonly ms: number }
  | { readonly type: "error"; readonly requestId: number; readonly message: string };
