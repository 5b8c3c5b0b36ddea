/**
 * Writing gold by hand without typing offsets: each annotation names its text by a snippet
 * ("text with ⟦the part meant⟧", plus an occurrence index when the text repeats) and the
 * builder finds it. A snippet that is missing or ambiguous throws, so a typo cannot become a
 * wrong offset. What to annotate is decided by reading; only the numbers come from here.
 *
 * The builder is given the article's text, so each gold set decides where its articles live
 * (tests/gold reads seeds/, tests/heldout its own articles/).
 */
import type { ActorId, ClaimAction, Compass8, DatePrecision, MeasurementKind, Modality, StrikeMeans } from "../../../src/core/types.ts";
import { locate, occurrences, wordOccurrences, type Found } from "./locate.ts";
import { PLACES } from "./places.ts";
import type { GoldActor, GoldClaim, GoldDate, GoldDateMention, GoldFile, GoldMeasurement, GoldNegative, GoldToponym, Span } from "./schema.ts";

const OPEN = "⟦";
const CLOSE = "⟧";

/** A snippet, optionally with the occurrence index of its plain text (default: must be unique). */
export type Snip = string | readonly [string, number];

function resolve(text: string, snip: Snip, from = 0, to = text.length): Found {
  const [raw, occ] = typeof snip === "string" ? [snip, undefined] : snip;
  const open = raw.indexOf(OPEN);
  const close = raw.indexOf(CLOSE);
  const plain = raw.replace(OPEN, "").replace(CLOSE, "");
  const all = occurrences(text, plain, from, to);
  if (occ === undefined && all.length !== 1) {
    throw new Error(all.length === 0 ? `«${plain}» not found` : `«${plain}» occurs ${all.length} times; give an occurrence index`);
  }
  const base = occ === undefined ? (all[0] as Found) : locate(text, plain, occ, from, to);
  if (open === -1) return base;
  // `close` was measured in the raw snippet, one ⟦ character after the plain text's index.
  return { start: base.start + open, end: base.start + close - 1 };
}

function span(text: string, f: Found): Span {
  return { text: text.slice(f.start, f.end), start: f.start, end: f.end };
}

export interface ClaimSpec {
  actor: ActorId;
  action: ClaimAction;
  places: readonly string[];
  means?: StrikeMeans;
  modality?: Modality;
  speaker: ActorId | "outlet" | "other";
  distanced?: boolean;
  /** Located inside the evidence span. */
  trigger: Snip;
  evidence: Snip;
  /** Defaults to the publication date. */
  date?: GoldDate;
  note?: string;
}

export interface MeasurementSpec {
  kind: MeasurementKind;
  subject: string | null;
  reference: string | null;
  value?: number;
  unit?: "km" | "mile" | "m";
  direction?: Compass8;
  evidence: Snip;
  note?: string;
}

export class GoldBuilder {
  readonly text: string;
  private readonly id: string;
  private readonly published: GoldDate;
  private readonly toponyms: GoldToponym[] = [];
  private readonly actors: GoldActor[] = [];
  private readonly claims: GoldClaim[] = [];
  private readonly measurements: GoldMeasurement[] = [];
  private readonly dates: GoldDateMention[] = [];
  private readonly negatives: GoldNegative[] = [];

  /** `id` becomes the file's `seed`; `text` is the article exactly as the tests read it. */
  constructor(id: string, published: GoldDate, text: string) {
    this.id = id;
    this.published = published;
    this.text = text;
  }

  get pub(): GoldDate {
    return this.published;
  }

  /** Every whole-word use of `name` (after a clitic or not) is a mention of `place`, except the listed indices. */
  names(name: string, place: string, skip: readonly number[] = [], note?: string): this {
    const all = wordOccurrences(this.text, name);
    if (all.length === 0) throw new Error(`name «${name}» not found`);
    all.forEach((f, i) => {
      if (!skip.includes(i)) this.addToponym(f, place, note);
    });
    return this;
  }

  toponym(snip: Snip, place: string, note?: string): this {
    this.addToponym(resolve(this.text, snip), place, note);
    return this;
  }

  private addToponym(f: Found, place: string, note?: string): void {
    const p = PLACES[place];
    if (!p) throw new Error(`unknown place ${place}`);
    this.toponyms.push({
      surface: this.text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      place,
      kind: p.kind,
      lat: p.lat,
      lon: p.lon,
      scope: p.scope,
      ...(note ? { note } : {}),
    });
  }

  actor(snip: Snip, actor: ActorId, note?: string): this {
    const f = resolve(this.text, snip);
    this.actors.push({ surface: this.text.slice(f.start, f.end), start: f.start, end: f.end, actor, ...(note ? { note } : {}) });
    return this;
  }

  claim(c: ClaimSpec): this {
    const ev = resolve(this.text, c.evidence);
    const tr = resolve(this.text, c.trigger, ev.start, ev.end);
    this.claims.push({
      actor: c.actor,
      action: c.action,
      places: c.places,
      means: c.means ?? null,
      modality: c.modality ?? "asserted",
      speaker: c.speaker,
      distanced: c.distanced ?? false,
      trigger: span(this.text, tr),
      evidence: span(this.text, ev),
      date: c.date ?? this.published,
      ...(c.note ? { note: c.note } : {}),
    });
    return this;
  }

  measurement(m: MeasurementSpec): this {
    this.measurements.push({
      kind: m.kind,
      subject: m.subject,
      reference: m.reference,
      value: m.value ?? null,
      unit: m.unit ?? null,
      direction: m.direction ?? null,
      evidence: span(this.text, resolve(this.text, m.evidence)),
      ...(m.note ? { note: m.note } : {}),
    });
    return this;
  }

  date(snip: Snip, iso: string, precision: DatePrecision, note?: string): this {
    const f = resolve(this.text, snip);
    this.dates.push({ surface: this.text.slice(f.start, f.end), start: f.start, end: f.end, iso, precision, ...(note ? { note } : {}) });
    return this;
  }

  negative(snip: Snip, why: string): this {
    const f = resolve(this.text, snip);
    this.negatives.push({ text: this.text.slice(f.start, f.end), start: f.start, end: f.end, why });
    return this;
  }

  /** The file, every list in text order so that regenerating it gives a stable diff. */
  build(): GoldFile {
    const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;
    return {
      seed: this.id,
      published: this.published,
      toponyms: [...this.toponyms].sort(byStart),
      actors: [...this.actors].sort(byStart),
      claims: [...this.claims].sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start),
      measurements: [...this.measurements].sort((a, b) => a.evidence.start - b.evidence.start),
      dates: [...this.dates].sort(byStart),
      negatives: [...this.negatives].sort(byStart),
    };
  }
}
