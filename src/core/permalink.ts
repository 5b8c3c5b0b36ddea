/**
 * The permalink codec: everything a view shows, as a URL hash, and back.
 *
 *   #v=1&map=7/31.2059/16.5836&src=aljazeera,alarabiya&date=2020-06-06&sel=p:osm-n299616414&panel=reader&lang=ar&base=osm
 *
 * `map=zoom/lat/lon` is the form OpenStreetMap and leaflet-hash use. Only stable ids are
 * written (source ids, gazetteer ids, claim ids), never positions in arrays. Decoding never
 * throws: whatever is unknown, malformed or out of range is dropped, clamped or defaulted, and
 * reported in `ignored` so the app can say so. Pure: no DOM, no `location`.
 */

export const PERMALINK_VERSION = 1;

export type Panel = "sources" | "claims" | "reader" | "disagreements" | "list";
export type Language = "en" | "ar";
export type BaseLayer = "offline" | "osm";
export type Selection = { readonly kind: "place"; readonly id: string } | { readonly kind: "claim"; readonly id: string };

export interface View {
  readonly zoom: number;
  readonly lat: number;
  readonly lon: number;
}

export interface PermalinkState {
  readonly view: View;
  /** Visible source ids, in the order of `context.sourceIds`. */
  readonly sources: readonly string[];
  /** As-of date (ISO day). */
  readonly date: string;
  readonly selection: Selection | null;
  readonly panel: Panel | null;
  readonly language: Language;
  readonly base: BaseLayer;
}

/** What the app knows, against which a link is checked. */
export interface PermalinkContext {
  readonly sourceIds: readonly string[];
  readonly hasPlace: (id: string) => boolean;
  readonly hasClaim: (id: string) => boolean;
  /** The data's date span, inclusive. */
  readonly minDate: string;
  readonly maxDate: string;
  readonly defaultView: View;
  readonly minZoom: number;
  readonly maxZoom: number;
}

export interface Decoded {
  readonly state: PermalinkState;
  /** Human-readable notes on what the link had that was ignored or corrected. */
  readonly ignored: readonly string[];
}

const PANELS: readonly Panel[] = ["sources", "claims", "reader", "disagreements", "list"];
const LANGUAGES: readonly Language[] = ["en", "ar"];
const BASES: readonly BaseLayer[] = ["offline", "osm"];
/** Longer links are truncated before parsing: no real view needs more, and garbage stays cheap. */
const MAX_LINK_LENGTH = 4096;
/** Ids are plain tokens; anything else in an id slot is noise or an attack. */
const ID = /^[A-Za-z0-9_.:-]{1,96}$/;
/** A notice lists this many problems at most; a garbage link would otherwise fill the screen. */
const MAX_NOTES = 6;

export function defaultState(ctx: PermalinkContext): PermalinkState {
  return {
    view: ctx.defaultView,
    sources: [...ctx.sourceIds],
    date: ctx.maxDate,
    selection: null,
    panel: null,
    language: "en",
    base: "offline",
  };
}

/** Decimal places that keep a point within about a pixel at this zoom (as OSM does). */
export function coordinateDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(10)) / Math.LN10) - 1);
}

/**
 * Zoom keeps two decimals: the map zooms in quarter steps (and its +/- buttons by halves), so a
 * whole-number zoom would not reopen the view that was shared. Links with whole zooms (as OSM
 * writes them) read the same.
 */
const roundZoom = (zoom: number): number => Math.round(zoom * 100) / 100;

export function roundView(view: View): View {
  const zoom = roundZoom(view.zoom);
  const d = 10 ** coordinateDecimals(zoom);
  // "+ 0" turns -0 into 0, so a rounded view compares equal to its decoded link.
  return { zoom, lat: Math.round(view.lat * d) / d + 0, lon: Math.round(view.lon * d) / d + 0 };
}

export function encodePermalink(state: PermalinkState, ctx: PermalinkContext): string {
  const v = roundView(state.view);
  const decimals = coordinateDecimals(v.zoom);
  const parts = [`v=${PERMALINK_VERSION}`, `map=${v.zoom}/${v.lat.toFixed(decimals)}/${v.lon.toFixed(decimals)}`];
  const all = state.sources.length === ctx.sourceIds.length && ctx.sourceIds.every((s) => state.sources.includes(s));
  if (!all) parts.push(`src=${state.sources.length === 0 ? "-" : state.sources.map(encodeURIComponent).join(",")}`);
  parts.push(`date=${state.date}`);
  if (state.selection) parts.push(`sel=${state.selection.kind === "place" ? "p" : "c"}:${encodeURIComponent(state.selection.id)}`);
  if (state.panel) parts.push(`panel=${state.panel}`);
  if (state.language !== "en") parts.push(`lang=${state.language}`);
  if (state.base !== "offline") parts.push(`base=${state.base}`);
  return `#${parts.join("&")}`;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/** A short, printable excerpt of untrusted input for a notice. */
function excerpt(s: string): string {
  const clean = s.replace(/[^\p{L}\p{N} ._:/-]/gu, "?");
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function decodePermalink(link: string, ctx: PermalinkContext): Decoded {
  const ignored: string[] = [];
  const base = defaultState(ctx);
  let view = base.view;
  let sources = base.sources;
  let date = base.date;
  let selection: Selection | null = null;
  let panel: Panel | null = null;
  let language: Language = "en";
  let baseLayer: BaseLayer = "offline";

  let raw = link.replace(/^[#?]/, "");
  if (raw.length > MAX_LINK_LENGTH) {
    ignored.push("the link was too long; only its start was read");
    raw = raw.slice(0, MAX_LINK_LENGTH);
  }
  const seen = new Set<string>();
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = safeDecode(eq < 0 ? "" : pair.slice(eq + 1));
    if (value === null) {
      ignored.push(`"${excerpt(key)}" was not valid percent-encoding`);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(`"${excerpt(key)}" was given twice; the first was used`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case "v":
        if (value !== String(PERMALINK_VERSION)) ignored.push(`link version "${excerpt(value)}" is not known; read as version ${PERMALINK_VERSION}`);
        break;
      case "map": {
        const [z, la, lo] = value.split("/").map((x) => (x.trim() === "" ? Number.NaN : Number(x)));
        if (![z, la, lo].every((n) => typeof n === "number" && Number.isFinite(n))) {
          ignored.push("the map position was not three numbers; the default view was used");
          break;
        }
        const zoom = clamp(roundZoom(z as number), ctx.minZoom, ctx.maxZoom);
        const lat = clamp(la as number, -85, 85);
        const lon = clamp(lo as number, -180, 180);
        if (zoom !== roundZoom(z as number) || lat !== la || lon !== lo) ignored.push("the map position was out of range and was clamped");
        view = roundView({ zoom, lat, lon });
        break;
      }
      case "src": {
        if (value === "-") {
          sources = [];
          break;
        }
        const wanted = value.split(",").filter((s) => s !== "");
        const unknown = wanted.filter((s) => !ctx.sourceIds.includes(s));
        if (unknown.length > 0) ignored.push(`unknown source${unknown.length > 1 ? "s" : ""} dropped: ${unknown.slice(0, 3).map(excerpt).join(", ")}${unknown.length > 3 ? "…" : ""}`);
        sources = ctx.sourceIds.filter((s) => wanted.includes(s));
        break;
      }
      case "date":
        if (!isIsoDay(value)) ignored.push(`"${excerpt(value)}" is not a date; the latest date was used`);
        else if (value < ctx.minDate || value > ctx.maxDate) {
          date = value < ctx.minDate ? ctx.minDate : ctx.maxDate;
          ignored.push(`the date ${value} is outside the data (${ctx.minDate} to ${ctx.maxDate}) and was clamped`);
        } else date = value;
        break;
      case "sel": {
        const m = /^([pc]):(.+)$/.exec(value);
        const id = m?.[2] ?? "";
        if (!m || !ID.test(id)) ignored.push("the selection was not understood");
        else if (m[1] === "p" ? !ctx.hasPlace(id) : !ctx.hasClaim(id)) ignored.push(`the selected ${m[1] === "p" ? "place" : "claim"} "${excerpt(id)}" is not in the data`);
        else selection = { kind: m[1] === "p" ? "place" : "claim", id };
        break;
      }
      case "panel":
        if (PANELS.includes(value as Panel)) panel = value as Panel;
        else ignored.push(`unknown panel "${excerpt(value)}"`);
        break;
      case "lang":
        if (LANGUAGES.includes(value as Language)) language = value as Language;
        else ignored.push(`unknown language "${excerpt(value)}"`);
        break;
      case "base":
        if (BASES.includes(value as BaseLayer)) baseLayer = value as BaseLayer;
        else ignored.push(`unknown base layer "${excerpt(value)}"`);
        break;
      default:
        ignored.push(`unknown key "${excerpt(key)}"`);
    }
  }
  const notes = ignored.length > MAX_NOTES ? [...ignored.slice(0, MAX_NOTES), `and ${ignored.length - MAX_NOTES} more`] : ignored;
  return { state: { view, sources, date, selection, panel, language, base: baseLayer }, ignored: notes };
}

/** True when `state` is one the app can show as it is: what decode always returns. */
export function isValidState(state: PermalinkState, ctx: PermalinkContext): boolean {
  const v = state.view;
  return (
    roundZoom(v.zoom) === v.zoom &&
    v.zoom >= ctx.minZoom &&
    v.zoom <= ctx.maxZoom &&
    Math.abs(v.lat) <= 85 &&
    Math.abs(v.lon) <= 180 &&
    state.sources.every((s) => ctx.sourceIds.includes(s)) &&
    new Set(state.sources).size === state.sources.length &&
    isIsoDay(state.date) &&
    state.date >= ctx.minDate &&
    state.date <= ctx.maxDate &&
    (state.selection === null || (state.selection.kind === "place" ? ctx.hasPlace(state.selection.id) : ctx.hasClaim(state.selection.id))) &&
    (state.panel === null || PANELS.includes(state.panel)) &&
    LANGUAGES.includes(state.language) &&
    BASES.includes(state.base)
  );
}
