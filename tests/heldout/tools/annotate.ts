/**
 * The held-out gold's builder: the gold kit's GoldBuilder (tests/support/gold-kit/annotate.ts)
 * over the held-out article tests/heldout/articles/<id>.txt.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GoldBuilder as ArticleGoldBuilder } from "../../support/gold-kit/annotate.ts";
import type { GoldDate } from "../../support/gold-kit/schema.ts";

export function articlePath(id: string): string {
  return fileURLToPath(new URL(`../articles/${id}.txt`, import.meta.url));
}

export function readArticle(id: string): string {
  return readFileSync(articlePath(id), "utf8");
}

export class GoldBuilder extends ArticleGoldBuilder {
  constructor(id: string, published: GoldDate) {
    super(id, published, readArticle(id));
  }
}
