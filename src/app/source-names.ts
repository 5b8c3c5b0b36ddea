import type { SourceOut } from "../core/output/extraction-document.ts";
import type { Language } from "../core/permalink.ts";

/**
 * Display names of sources in one language, made distinct: two outlets the engine could not name
 * may share a name in one language ("وسيلة إعلام غير مسماة، من طرابلس"), and a reader must still
 * tell their markers apart. Colliding names get a number in document order: "… (1)", "… (2)".
 */
export function sourceNames(sources: readonly SourceOut[], language: Language): ReadonlyMap<string, string> {
  const raw = sources.map((s) => [s.id, (language === "ar" ? s.name.ar : s.name.en) || s.name.en || s.id] as const);
  const counts = new Map<string, number>();
  for (const [, name] of raw) counts.set(name, (counts.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    raw.map(([id, name]) => {
      if ((counts.get(name) ?? 0) < 2) return [id, name];
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return [id, `${name} (${n})`];
    }),
  );
}
