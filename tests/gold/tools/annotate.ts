/**
 * The seed gold's builder: the gold kit's GoldBuilder (tests/support/gold-kit/annotate.ts) over
 * the seed article seeds/<stem>.txt.
 */
import { GoldBuilder as ArticleGoldBuilder } from "../../support/gold-kit/annotate.ts";
import type { GoldDate } from "../../support/gold-kit/schema.ts";
import { readSeed } from "./locate.ts";

export class GoldBuilder extends ArticleGoldBuilder {
  constructor(seed: string, published: GoldDate) {
    super(seed, published, readSeed(seed));
  }
}
