import type { AppData } from "../app/app-data.ts";
import { claimsCsv, claimsGeoJson } from "../app/articles/exports.ts";
import { ARTICLE_STRINGS } from "../app/articles/article-strings.ts";
import type { Library } from "../app/articles/library.ts";
import { toProjectFile } from "../app/articles/project-file.ts";
import { readClaimsGeoJson } from "../app/articles/read-geojson.ts";
import { mergeProject, readProjectJson } from "../app/articles/read-project.ts";
import { MAX_IMPORT_BYTES, parseUntrustedJson } from "../app/articles/untrusted-json.ts";
import { EXTRACTION_FORMAT, EXTRACTION_VERSION, type ExtractionDocument } from "../core/output/extraction-document.ts";
import type { AppStore } from "../state/store.ts";
import { element } from "./element.ts";
import { isolatedString } from "./isolated-text.ts";
import type { Unmount } from "./panel-context.ts";

type Export = "geojson" | "csv" | "project";

const EXPORTS: Readonly<Record<Export, { file: string; type: string }>> = {
  geojson: { file: "claims.geojson", type: "application/geo+json" },
  csv: { file: "claims.csv", type: "text/csv" },
  project: { file: "project.json", type: "application/json" },
};

/**
 * Export (GeoJSON, CSV, project file) and import of a project file or claims GeoJSON. An import is read and checked
 * in full before anything changes (read-project.ts); a refused file leaves everything as it was.
 */
export function mountProjectIo(buttonSlot: HTMLElement, library: Library, currentData: () => AppData, store: AppStore): Unmount {
  const details = element("details", "project-io");
  details.id = "project-io";
  const summary = element("summary", "project-io__summary");
  const exportButtons: HTMLButtonElement[] = [];
  const menu = element("div", "project-io__menu");
  for (const kind of Object.keys(EXPORTS) as Export[]) {
    const b = element("button", "link-button project-io__export");
    exportButtons.push(b);
    b.type = "button";
    b.dataset.export = kind;
    b.addEventListener("click", () => {
      download(EXPORTS[kind].file, EXPORTS[kind].type, exportText(kind));
      details.open = false;
    });
    menu.append(b);
  }
  const importLabel = element("label", "project-io__import");
  const input = element("input", "project-io__file");
  input.type = "file";
  input.accept = ".json,.geojson,application/json,application/geo+json";
  input.id = "project-import";
  importLabel.htmlFor = input.id;
  menu.append(importLabel, input);
  details.append(summary, menu);
  buttonSlot.append(details);
  const relabel = (): void => {
    const w = ARTICLE_STRINGS[store.getState().language];
    summary.textContent = w.exportImport;
    for (const b of exportButtons) b.textContent = w.exports[b.dataset.export as Export];
    importLabel.textContent = w.importLabel(MAX_IMPORT_BYTES / (1024 * 1024));
  };
  relabel();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language !== previous.language) relabel();
  });

  const exportText = (kind: Export): string => {
    const state = library.getState();
    if (kind === "project") return `${JSON.stringify(toProjectFile({ articles: state.articles.values(), reviews: state.reviews.values(), places: state.places.values() }, new Date().toISOString()), null, 1)}\n`;
    const data = currentData();
    const shown: ExtractionDocument = { format: EXTRACTION_FORMAT, version: EXTRACTION_VERSION, sources: data.sources, articles: data.articles, disagreements: [] };
    return kind === "csv" ? claimsCsv(shown, state.reviews) : `${JSON.stringify(claimsGeoJson(shown, state.reviews))}\n`;
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    details.open = false;
    if (file === undefined) return;
    void importFile(file);
  });

  const importFile = async (file: File): Promise<void> => {
    // Measured before it is read: a 50 MB file is refused without loading it.
    if (file.size > MAX_IMPORT_BYTES) {
      library.refuse(`"${isolatedString(file.name)}" was not imported: it is ${(file.size / (1024 * 1024)).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / (1024 * 1024)} MB are not imported. Nothing was changed.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      library.refuse(`"${isolatedString(file.name)}" could not be read. Nothing was changed.`);
      return;
    }
    const parsed = parseUntrustedJson(text, file.size);
    const json = parsed.ok ? parsed.json : null;
    const isGeoJson = typeof json === "object" && json !== null && (json as { type?: unknown }).type === "FeatureCollection";
    // Claims already on the map, or rejected from it, are not imported again from GeoJSON.
    const known = (): Set<string> => new Set([...currentData().claimById.keys(), ...library.getState().reviews.keys()]);
    const read = !parsed.ok ? parsed : isGeoJson ? readClaimsGeoJson(json, known(), new Date().toISOString()) : readProjectJson(json);
    if (!read.ok) {
      library.refuse(`"${isolatedString(file.name)}" was not imported: ${read.problem} Nothing was changed.`);
      return;
    }
    const { change, skipped } = mergeProject(library.getState(), read.project);
    await library.merge(change);
    if (library.getState().notice?.kind !== "not-saved") {
      library.say(`Imported ${change.articles.length} article(s), ${change.reviews.length} review(s) and ${change.places.length} place(s)${skipped > 0 ? `; ${skipped} already here` : ""}.`);
    }
  };

  return () => {
    unsubscribe();
    details.remove();
  };
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the browser's download; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
