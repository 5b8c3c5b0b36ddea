import * as L from "leaflet";
import type { AppData } from "../app/app-data.ts";
import type { AsOfQuery, AsOfView, SourceMarker } from "../app/as-of.ts";
import { chipOffsets } from "../app/chip-layout.ts";
import { formatAge, formatDate, measurementLabel, placeName } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { placePriority } from "../app/place-priority.ts";
import type { Language } from "../core/permalink.ts";
import type { AppStore } from "../state/store.ts";
import { sourceKeyColour } from "./claim-colours.ts";
import { MEASUREMENT_LAYER_LABEL, MeasurementLayer } from "./measurement-layer.ts";
import { type DrawnPlace, PlaceLayer } from "./place-layer.ts";
import { type PlacedMarker, SourceLayer } from "./source-layer.ts";

export interface ClaimsMapOptions {
  readonly map: L.Map;
  readonly store: AppStore;
  readonly data: AppData;
  readonly asOf: (query: AsOfQuery) => AsOfView;
  /** Extent of an area place, once the gazetteer is loaded; null for points or before. */
  readonly bboxOf: (placeId: string) => readonly [number, number, number, number] | null;
  /** The base map's layer control, where the measurement overlay is offered (constant label). */
  readonly layerControl: L.Control.Layers;
}

export interface ClaimsMap {
  /** Draws again (the gazetteer arrived with region extents). */
  readonly redraw: () => void;
  readonly unmount: () => void;
}

/** Zoom the map flies to for a selected claim when it is farther out. */
const CLAIM_ZOOM = 8;

/**
 * The claim layers over the base map: one SourceLayer per source, on the map while the source is
 * visible, and the place layer under them. Subscribes to the store and redraws what changed.
 */
export function mountClaimsMap(options: ClaimsMapOptions): ClaimsMap {
  const { map, store, data } = options;
  const sourceLayers = new Map(
    data.sources.map((s, i) => [
      s.id,
      new SourceLayer(s.id, sourceKeyColour(i), (m: SourceMarker) => store.getState().focus({ kind: "place", id: m.placeId }, "claims")),
    ]),
  );
  const measurementLayer = new MeasurementLayer().addTo(map);
  options.layerControl.addOverlay(measurementLayer, MEASUREMENT_LAYER_LABEL);
  const placeLayer = new PlaceLayer((placeId, contested) => store.getState().focus({ kind: "place", id: placeId }, contested ? "disagreements" : "claims")).addTo(map);

  const draw = (): void => {
    const state = store.getState();
    const view = options.asOf({ sources: state.sources, date: state.date });
    const language = state.language;
    const selectedClaim = state.selection?.kind === "claim" ? state.selection.id : null;
    const selectedPlace = state.selection?.kind === "place" ? state.selection.id : selectedClaim !== null ? (data.claimById.get(selectedClaim)?.claim.placeIds[0] ?? null) : null;

    const byPlace = new Map<string, SourceMarker[]>();
    for (const m of view.markers) {
      const list = byPlace.get(m.placeId);
      if (list) list.push(m);
      else byPlace.set(m.placeId, [m]);
    }
    const perSource = new Map<string, PlacedMarker[]>(data.sourceIds.map((id) => [id, []]));
    for (const [placeId, markers] of byPlace) {
      const place = data.placeById.get(placeId);
      if (place === undefined) continue;
      markers.sort((a, b) => data.sourceIds.indexOf(a.sourceId) - data.sourceIds.indexOf(b.sourceId));
      const offsets = chipOffsets(markers.length);
      markers.forEach((m, i) => {
        perSource.get(m.sourceId)?.push({
          marker: m,
          lat: place.lat,
          lon: place.lon,
          offset: offsets[i] ?? [0, 0],
          title: markerTitle(m, data, language),
          selected: placeId === selectedPlace,
        });
      });
    }
    for (const [id, layer] of sourceLayers) {
      layer.setMarkers(perSource.get(id) ?? []);
      const visible = state.sources.includes(id);
      if (visible && !map.hasLayer(layer)) layer.addTo(map);
      if (!visible && map.hasLayer(layer)) layer.remove();
    }

    const strings = STRINGS[language];
    const places: DrawnPlace[] = [];
    for (const placeId of view.touchedPlaceIds) {
      const place = data.placeById.get(placeId);
      if (place === undefined || place.kind === "country") continue;
      const contested = view.contestedPlaceIds.has(placeId);
      const name = placeName(place, language);
      const count = byPlace.get(placeId)?.length ?? 0;
      places.push({
        place,
        label: name,
        labelLanguage: language,
        controlled: count > 0,
        contested,
        contestedTitle: `${name}: ${strings.contested}`,
        bbox: place.kind === "region" ? options.bboxOf(placeId) : null,
        priority: placePriority(place.kind, contested, count),
      });
    }
    placeLayer.setPlaces(places);

    const read = selectedClaim === null ? undefined : data.claimById.get(selectedClaim);
    const readArticle = read?.article.id ?? null;
    const readPlaces = read?.claim.placeIds ?? [];
    const visible = new Set(state.sources);
    // With a claim being read, its article's geography in full; otherwise only faint lines, so
    // the default view stays calm (rings and direction marks would crowd the central front).
    measurementLayer.setMeasurements(
      data.measurements
        .filter((m) => (readArticle === null ? visible.has(m.sourceId) && m.verdict.kind === "checked" : m.articleId === readArticle))
        .filter((m) => (data.articleById.get(m.articleId)?.published.iso ?? "") <= state.date || m.articleId === readArticle)
        .map((m) => ({
          measurement: m,
          label: measurementLabel(m, language, (id) => data.placeById.get(id)),
          detailed: m.articleId === readArticle,
          // Only the geography of the claim being read keeps its label open: more would overlap.
          emphasised: m.articleId === readArticle && readPlaces.some((id) => id === m.subject?.id || id === m.reference?.id),
          ringCentre: m.verdict.kind === "ring" ? (data.placeById.get(m.verdict.centerPlaceId) ?? (m.reference?.id === m.verdict.centerPlaceId ? m.reference : null)) : null,
        })),
    );
  };

  // A selected claim is flown to (it was picked in the text or a list); a selected place only
  // when it is off screen, so a marker click does not move the map under the pointer.
  const flyToSelection = (): void => {
    const selection = store.getState().selection;
    if (selection === null) return;
    const placeId = selection.kind === "claim" ? data.claimById.get(selection.id)?.claim.placeIds[0] : selection.id;
    const place = placeId === undefined ? undefined : data.placeById.get(placeId);
    if (place === undefined) return;
    const at = L.latLng(place.lat, place.lon);
    if (selection.kind === "claim" || !map.getBounds().pad(-0.1).contains(at)) {
      map.flyTo(at, Math.max(map.getZoom(), CLAIM_ZOOM), { duration: 0.6 });
    }
  };

  draw();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.sources !== previous.sources || state.date !== previous.date || state.language !== previous.language || state.selection !== previous.selection) draw();
    if (state.selection !== previous.selection) flyToSelection();
  });

  return {
    redraw: draw,
    unmount: () => {
      unsubscribe();
      for (const layer of sourceLayers.values()) layer.remove();
      placeLayer.remove();
      options.layerControl.removeLayer(measurementLayer);
      measurementLayer.remove();
    },
  };
}

function markerTitle(m: SourceMarker, data: AppData, language: Language): string {
  const s = STRINGS[language];
  const place = data.placeById.get(m.placeId);
  const sourceName = data.sourceName(m.sourceId, language);
  const what = m.reading.kind === "holds" ? m.reading.holders.map((h) => s.holders[h]).join(" / ") : `${s.legendLeft}: ${m.reading.leavers.map((h) => s.holders[h]).join(" / ")}`;
  const first = m.claims[0];
  const when = first ? formatDate(first.time, language) : m.date;
  return `${sourceName} · ${place ? placeName(place, language) : m.placeId} · ${what} · ${when} (${formatAge(m.ageDays, language)})`;
}
