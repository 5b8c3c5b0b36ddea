import { join } from "node:path";
import { extractCorpus } from "../../src/core/extract/corpus.ts";
import { type ExtractionDocument, toExtractionDocument } from "../../src/core/output/extraction-document.ts";
import { loadGazetteerIndex } from "./gazetteer.ts";
import { manifestInputs } from "./seed-inputs.ts";
import { loadManifestFile, seedsDir } from "./seeds.ts";

/** The engine over the articles a manifest lists (by default seeds/). */
export function extractManifest(manifestPath: string, articlesDir: string, opts: { withText: boolean }): ExtractionDocument {
  const { inputs, sources } = manifestInputs(loadManifestFile(manifestPath, articlesDir), articlesDir);
  const gaz = loadGazetteerIndex();
  const corpus = extractCorpus(inputs, gaz);
  return toExtractionDocument(corpus, gaz, {
    sources,
    published: new Map(inputs.map((a) => [a.id, a.published])),
    ...(opts.withText ? { texts: new Map(inputs.map((a) => [a.id, a.text])) } : {}),
  });
}

/** The engine over seeds/: what the build step ships to the app and what eval scores. */
export function extractSeeds(opts: { withText: boolean }): ExtractionDocument {
  return extractManifest(join(seedsDir, "manifest.json"), seedsDir, opts);
}

