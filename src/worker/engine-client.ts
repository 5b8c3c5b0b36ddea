import type { ArticleExtraction, ArticleInput } from "../core/types.ts";
import type { EngineRequest, EngineResponse } from "./protocol.ts";

/**
 * The page's side of the engine worker: one promise per article, cancellable. A cancel that
 * arrives while the worker is mid-extraction cannot interrupt it, so a cancelled job that is
 * taking long terminates the worker and a fresh one starts on the next request.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  constructor(private readonly gazetteerUrl: string) {}

  private readonly pending = new Map<number, { resolve: (x: ArticleExtraction) => void; reject: (e: Error) => void }>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const msg = event.data;
      const job = this.pending.get(msg.requestId);
      if (!job) return;
      this.pending.delete(msg.requestId);
      if (msg.type === "result") job.resolve(msg.extraction);
      else job.reject(new Error(msg.message));
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || "the engine worker failed");
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  extract(article: ArticleInput): { requestId: number; result: Promise<ArticleExtraction> } {
    const requestId = this.nextId++;
    const result = new Promise<ArticleExtraction>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
    });
    const message: EngineRequest = { type: "extract", requestId, article, gazetteerUrl: this.gazetteerUrl };
    this.ensureWorker().postMessage(message);
    return { requestId, result };
  }

  cancel(requestId: number): void {
    const job = this.pending.get(requestId);
    if (!job) return;
    this.pending.delete(requestId);
    job.reject(new Error("cancelled"));
    // The worker is busy with it: stop it outright rather than wait.
    this.worker?.terminate();
    this.worker = null;
    for (const other of this.pending.values()) other.reject(new Error("cancelled"));
    this.pending.clear();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
