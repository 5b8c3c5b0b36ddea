/**
 * Writing gold by hand without typing offsets: each annotation names its text by a snippet
 * ("text with ⟦the part meant⟧", plus an occurrence index when the text repeats) and the
 * builder finds it. A snippet that is missing or ambiguous throws, so a typo cannot become a
 * wrong offset. What to annotate is decided by reading; only the numbers come from here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActorId, ClaimAction, Compass8, DatePrecision, MeasurementKind, Modality, StrikeMeans } from "../../../src/core/types.ts";
import { PLACES } from "./places.ts";
import type { GoldClaim, GoldDate, GoldFile, GoldMeasurement, GoldToponym, Span } from "./schema.ts";

export type Snip = string | readonly [string, number];

interface Found {
  readonly start: number;
  readonly end: number;
}

export function articlePath(id: string): string {
  return fileURLToPath(new URL(`../articles/${id}.txt`, import.meta.url));
}

function occurrences(text: string, needle: string, from = 0, to = text.length): Found[] {
  const out: Found[] = [];
  let i = text.indexOf(needle, from);
  while (i !== -1 && i + needle.length <= to) {
    out.push({ start: i, end: i + needle.length });
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

const LETTER = /\p{L}|\p{M}/u;
const CLITIC = /^[وفبلك]{1,2}$/u;

/** Whole-word uses of a name, allowing one or two proclitic letters in front of it. */
function wordOccurrences(text: string, name: string): Found[] {
  return occurrences(text, name).filter(({ start, end }) => {
    const after = text[end];
    if (after !== undefined && LETTER.test(after)) return false;
    let k = start;
    while (k > 0 && LETTER.test(text[k - 1] as string)) k--;
    const prefix = text.slice(k, start);
    return prefix === "" || CLITIC.test(prefix);
  });
}

function resolve(text: string, snip: Snip, from = 0, to = text.length): Found {
  const [raw, occ] = typeof snip === "string" ? [snip, undefined] : snip;
  const open = raw.indexOf("⟦");
  const close = raw.indexOf("⟧");
  const plain = raw.replace("⟦", "").replace("⟧", "");
  const all = occurrences(text, plain, from, to);
  if (occ === undefined && all.length !== 1) {
    throw new Error(all.length === 0 ? `«${plain}» not found` : `«${plain}» occurs ${all.length} times; give an occurrence index`);
  }
  const base = all[occ ?? 0];
  if (!base) throw new Error(`«${plain}» #${occ} not found (have ${all.length})`);
  if (open === -1) return base;
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
  trigger: Snip;
  evidence: Snip;
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
  private readonly actors: GoldFile["actors"][number][] = [];
  private readonly claims: GoldClaim[] = [];
  private readonly measurements: GoldMeasurement[] = [];
  private readonly dates: GoldFile["dates"][number][] = [];
  private readonly negatives: GoldFile["negatives"][number][] = [];

  constructor(id: string, published: GoldDate) {
    this.id = id;
    this.published = published;
    this.text = readFileSync(articlePath(id), "utf8");
  }

  get pub(): GoldDate {
    return this.published;
  }

  /** Every whole-word use of `name` is a mention of `place`, except the listed indices. */
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
