import type { ExtractionDocument } from "./extraction-document.ts";

/**
 * Claims and checked measurements as an RFC 7946 FeatureCollection: positions are
 * [longitude, latitude], one Point feature per claim at its main place, one LineString per
 * measurement whose two places are known.
 */

type Position = [number, number];
type Properties = Record<string, string | number | boolean | null>;
type Feature =
  | { type: "Feature"; id: string; geometry: { type: "Point"; coordinates: Position }; properties: Properties }
  | { type: "Feature"; id: string; geometry: { type: "LineString"; coordinates: Position[] }; properties: Properties };

export interface ClaimsFeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}

/** Six decimals is about 0.1 m: finer is noise (RFC 7946 §11.2). */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export function toGeoJson(doc: ExtractionDocument): ClaimsFeatureCollection {
  const sourceName = new Map(doc.sources.map((s) => [s.id, s.name.en]));
  const features: Feature[] = [];
  for (const article of doc.articles) {
    for (const c of article.claims) {
      const [place] = c.places;
      if (!place) continue;
      features.push({
        type: "Feature",
        id: c.id,
        geometry: { type: "Point", coordinates: [round(place.lon), round(place.lat)] },
        properties: {
          kind: "claim",
          source: article.sourceId,
          sourceName: sourceName.get(article.sourceId) ?? article.sourceId,
          article: article.id,
          actor: c.actor,
          action: c.action,
          means: c.means ?? null,
          placeId: place.id,
          placeAr: place.ar,
          placeEn: place.en,
          date: c.time.iso,
          precision: c.time.precision,
          modality: c.modality,
          speaker: c.attribution.speaker,
          status: c.status,
          evidence: c.evidence.text,
          evidenceStart: c.evidence.start,
          evidenceEnd: c.evidence.end,
        },
      });
    }
    for (const m of article.measurements) {
      if (!m.subject || !m.reference || m.subject.id === m.reference.id) continue;
      const v = m.verdict;
      features.push({
        type: "Feature",
        id: m.id,
        geometry: {
          type: "LineString",
          coordinates: [
            [round(m.reference.lon), round(m.reference.lat)],
            [round(m.subject.lon), round(m.subject.lat)],
          ],
        },
        properties: {
          kind: "measurement",
          measurement: m.kind,
          source: article.sourceId,
          article: article.id,
          subjectId: m.subject.id,
          referenceId: m.reference.id,
          statedKm: m.stated.km,
          statedDirection: m.stated.direction,
          verdict: v.kind,
          measuredKm: v.kind === "checked" ? Math.round(v.measuredKm * 10) / 10 : null,
          bearingDeg: v.kind === "checked" ? Math.round(v.bearingDeg) : null,
          distanceVerdict: v.kind === "checked" ? (v.distance ?? null) : null,
          directionVerdict: v.kind === "checked" ? (v.direction ?? null) : null,
          evidence: m.evidence.text,
        },
      });
    }
  }
  return { type: "FeatureCollection", features };
}
