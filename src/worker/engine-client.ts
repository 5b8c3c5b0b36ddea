import type { GazetteerEntry } from "../core/gazetteer/types.ts";
import type { ArticleOut } from "../core/output/extraction-document.ts";
import type { ArticleInput } from "../core/types.ts";
import type { EngineRequest, EngineResponse, EngineStage } from "./protocol.ts";

/** Rejection reason of a cancelled job, so callers can tell it from a failure. */
export const CANCELLED = "cancelled";

/**
 * The page's side of the engine worker: one promise per article, cancellable. A cancel that
 * arrives while the worker is mid-extraction cannot interrupt it, so a cancel terminates the
 * worker and a fresh one starts on the next request.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  constructor(private readonly gazetteerUrl: string) {}

  private readonly pending = new Map<
    number,
    { resolve: (x: { article: ArticleOut; ms: number }) => void; reject: (e: Error) => void; progress: (stage: EngineStage) => void }
  >();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const msg = event.data;
      const job = this.pending.get(msg.requestId);
      if (!job) return;
      if (msg.type === "progress") {
        job.progress(msg.stage);
        return;
      }
      this.pending.delete(msg.requestId);
      if (msg.type === "result") job.resolve({ article: msg.article, ms: msg.ms });
      else job.reject(new Error(msg.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || "the engine worker failed");
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  extract(
    article: ArticleInput,
    localPlaces: readonly GazetteerEntry[] = [],
    onProgress: (stage: EngineStage) => void = () => {},
  ): { requestId: number; result: Promise<{ article: ArticleOut; ms: number }> } {
    const requestId = this.nextId++;
    const result = new Promise<{ article: ArticleOut; ms: number }>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, progress: onProgress });
    });
    const message: EngineRequest = { type: "extract", requestId, article, gazetteerUrl: this.gazetteerUrl, localPlaces };
    this.ensureWorker().postMessage(message);
    return { requestId, result };
  }

  cancel(requestId: number): void {
    const job = this.pending.get(requestId);
    if (!job) return;
    this.pending.delete(requestId);
    job.reject(new Error(CANCELLED));
    // The worker is busy with it: stop it outright rather than wait.
    this.worker?.terminate();
    this.worker = null;
    for (const other of this.pending.values()) other.reject(new Error(CANCELLED));
    this.pending.clear();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
