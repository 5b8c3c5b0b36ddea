import type { Disagreement } from "../conflicts.ts";
import type { CorpusExtraction } from "../extract/corpus.ts";
import type { GazetteerEntry } from "../gazetteer/types.ts";
import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type {
  ActorId,
  ArticleExtraction,
  Claim,
  DateValue,
  Evidence,
  Framing,
  Lean,
  Measurement,
  PlaceMention,
  Verdict,
} from "../types.ts";

/**
 * The engine's published output: a versioned JSON document that the CLI writes, the build
 * step ships to the app, and other tools can rely on. Documented in docs/extraction-format.md.
 * Bump `version` on any change that is not a pure addition of optional fields.
 */
export const EXTRACTION_FORMAT = "libya-control-claims/extraction" as const;
export const EXTRACTION_VERSION = 1 as const;

export interface PlaceRef {
  readonly id: string;
  readonly ar: string;
  readonly en: string;
  readonly kind: string;
  readonly lat: number;
  readonly lon: number;
}

export type PlaceMentionOut =
  | (Evidence & {
      readonly status: "resolved";
      readonly place: PlaceRef;
      readonly alternatives: readonly (PlaceRef & { readonly score: number })[];
      readonly reason: string;
    })
  | (Evidence & { readonly status: "unresolved"; readonly name: string; readonly cue: string });

export interface ClaimOut {
  readonly id: string;
  readonly actor: ActorId;
  readonly action: Claim["action"];
  readonly means: Claim["means"] | null;
  readonly places: readonly PlaceRef[];
  readonly time: DateValue;
  readonly modality: Claim["modality"];
  readonly attribution: {
    readonly speaker: Claim["attribution"]["speaker"];
    readonly distanced: boolean;
    readonly evidence: Evidence | null;
  };
  readonly status: Claim["status"];
  readonly evidence: Evidence;
  readonly trigger: Evidence;
}

export interface MeasurementOut {
  readonly id: string;
  readonly kind: Measurement["kind"];
  readonly subject: PlaceRef | null;
  readonly reference: PlaceRef | null;
  readonly stated: {
    readonly value: number | null;
    readonly unit: string | null;
    readonly km: number | null;
    readonly direction: string | null;
  };
  readonly verdict: Verdict;
  readonly evidence: Evidence;
}

export interface ArticleOut {
  readonly id: string;
  readonly sourceId: string;
  readonly published: DateValue;
  /** Present when the document is made for the app's reader. */
  readonly text?: string;
  readonly places: readonly PlaceMentionOut[];
  readonly actors: readonly (Evidence & { readonly actor: ActorId; readonly reading: string | null })[];
  readonly claims: readonly ClaimOut[];
  readonly measurements: readonly MeasurementOut[];
  readonly dates: readonly (Evidence & DateValue)[];
  readonly framing: Framing;
}

export interface SourceOut {
  readonly id: string;
  readonly name: { readonly ar: string; readonly en: string };
  readonly lean: Lean;
  readonly leanBasis: "set by hand" | "inferred from wording";
  readonly url: string | null;
}

export interface ExtractionDocument {
  readonly format: typeof EXTRACTION_FORMAT;
  readonly version: typeof EXTRACTION_VERSION;
  readonly sources: readonly SourceOut[];
  readonly articles: readonly ArticleOut[];
  readonly disagreements: readonly Disagreement[];
}

export interface SourceInfo {
  readonly id: string;
  readonly ar: string;
  readonly en: string;
  readonly url: string | null;
  readonly leanSetByHand: boolean;
}

export function placeRef(entry: GazetteerEntry): PlaceRef {
  return { id: entry.id, ar: entry.ar, en: entry.en, kind: entry.kind, lat: entry.lat, lon: entry.lon };
}

function refOf(gaz: GazetteerIndex, id: string | null): PlaceRef | null {
  const entry = id === null ? undefined : gaz.get(id);
  return entry ? placeRef(entry) : null;
}

function mentionOut(m: PlaceMention, gaz: GazetteerIndex): PlaceMentionOut {
  if (m.status === "unresolved") return { ...m.evidence, status: "unresolved", name: m.name, cue: m.cue };
  const place = refOf(gaz, m.placeId);
  if (!place) throw new Error(`place mention points at unknown gazetteer id "${m.placeId}"`);
  const alternatives = m.alternatives.flatMap((c) => {
    const ref = refOf(gaz, c.placeId);
    return ref ? [{ ...ref, score: c.score }] : [];
  });
  return { ...m.evidence, status: "resolved", place, alternatives, reason: m.reason };
}

function claimOut(c: Claim, gaz: GazetteerIndex): ClaimOut {
  return {
    id: c.id,
    actor: c.actor,
    action: c.action,
    means: c.means ?? null,
    places: c.placeIds.flatMap((id) => refOf(gaz, id) ?? []),
    time: c.time,
    modality: c.modality,
    attribution: {
      speaker: c.attribution.speaker,
      distanced: c.attribution.distanced,
      evidence: c.attribution.evidence ?? null,
    },
    status: c.status,
    evidence: c.evidence,
    trigger: c.trigger,
  };
}

function measurementOut(m: Measurement, gaz: GazetteerIndex): MeasurementOut {
  return {
    id: m.id,
    kind: m.kind,
    subject: refOf(gaz, m.subjectPlaceId),
    reference: refOf(gaz, m.referencePlaceId),
    stated: {
      value: m.statedValue ?? null,
      unit: m.statedUnit ?? null,
      km: m.statedKm ?? null,
      direction: m.statedDirection ?? null,
    },
    verdict: m.verdict,
    evidence: m.evidence,
  };
}

function articleOut(a: ArticleExtraction, claims: readonly Claim[] | undefined, published: DateValue, gaz: GazetteerIndex, text?: string): ArticleOut {
  return {
    id: a.articleId,
    sourceId: a.sourceId,
    published,
    ...(text === undefined ? {} : { text }),
    places: a.places.map((m) => mentionOut(m, gaz)),
    actors: a.actors.map((m) => ({ ...m.evidence, actor: m.actor, reading: m.reading ?? null })),
    claims: (claims ?? []).map((c) => claimOut(c, gaz)),
    measurements: a.measurements.map((m) => measurementOut(m, gaz)),
    dates: a.dates.map((d) => ({ ...d.evidence, ...d.value })),
    framing: a.framing,
  };
}

export interface DocumentOptions {
  readonly sources: readonly SourceInfo[];
  readonly published: ReadonlyMap<string, DateValue>;
  /** Article texts by id, included for the app's reader. */
  readonly texts?: ReadonlyMap<string, string>;
}

export function toExtractionDocument(corpus: CorpusExtraction, gaz: GazetteerIndex, opts: DocumentOptions): ExtractionDocument {
  const sources: SourceOut[] = opts.sources.map((s) => ({
    id: s.id,
    name: { ar: s.ar, en: s.en },
    lean: corpus.leans.get(s.id) ?? "unknown",
    leanBasis: s.leanSetByHand ? "set by hand" : "inferred from wording",
    url: s.url,
  }));
  // Grouped once: filtering every claim for each article is quadratic on a large corpus.
  const claimsOf = new Map<string, Claim[]>();
  for (const c of corpus.claims) {
    const list = claimsOf.get(c.articleId);
    if (list) list.push(c);
    else claimsOf.set(c.articleId, [c]);
  }
  const articles = corpus.articles.map((a) => {
    const published = opts.published.get(a.articleId);
    if (!published) throw new Error(`no publication date for article "${a.articleId}"`);
    return articleOut(a, claimsOf.get(a.articleId), published, gaz, opts.texts?.get(a.articleId));
  });
  return { format: EXTRACTION_FORMAT, version: EXTRACTION_VERSION, sources, articles, disagreements: corpus.disagreements };
}
