/**
 * Writes tests/gold/<seed>.json from the hand-written specs in ./specs.
 *
 *   npx tsx tests/gold/tools/build.ts            # write all
 *   npx tsx tests/gold/tools/build.ts --review   # also print toponyms and actors in context
 *   npx tsx tests/gold/tools/build.ts 002        # write only the seeds whose stem starts so
 */
import { fileURLToPath } from "node:url";
import { buildGoldSet } from "../../support/gold-kit/build.ts";
import { gold000 } from "./specs/000.ts";
import { gold001 } from "./specs/001.ts";
import { gold002 } from "./specs/002.ts";
import { gold003 } from "./specs/003.ts";
import { gold004 } from "./specs/004.ts";

buildGoldSet(
  {
    specs: [gold000, gold001, gold002, gold003, gold004],
    outPath: (seed) => fileURLToPath(new URL(`../${seed}.json`, import.meta.url)),
  },
  process.argv.slice(2),
);
