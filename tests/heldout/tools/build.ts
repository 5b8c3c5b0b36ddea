/**
 * Writes tests/heldout/gold/<id>.json from the hand-written specs in ./specs.
 *
 *   npx tsx tests/heldout/tools/build.ts            # write all
 *   npx tsx tests/heldout/tools/build.ts --review   # also print toponyms and actors in context
 *   npx tsx tests/heldout/tools/build.ts h03 h07    # write only those articles
 */
import { fileURLToPath } from "node:url";
import { buildGoldSet } from "../../support/gold-kit/build.ts";
import { SPECS } from "./specs/index.ts";

buildGoldSet({ specs: SPECS, outPath: (id) => fileURLToPath(new URL(`../gold/${id}.json`, import.meta.url)) }, process.argv.slice(2));
