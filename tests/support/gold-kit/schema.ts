/**
 * The shape of one gold file, shared by the seed gold (tests/gold/<seed>.json) and the held-out
 * gold (tests/heldout/gold/<id>.json); `seed` holds the article id in both. Offsets are JS string
 * indices (UTF-16 code units) into the article as read with readFileSync(f, "utf8"), half-open
 * [start, end).
 */
import type { ActorId, ClaimAction, Compass8, DatePrecision, MeasurementKind, Modality, StrikeMeans } from "../../../src/core/types.ts";

export type Scope = "libya" | "foreign" | "country";

export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface GoldDate {
  readonly iso: string;
  readonly precision: DatePrecision;
}

export interface GoldToponym {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** Common English name; the same string is used in claims' `places` and measurements. */
  readonly place: string;
  readonly kind: string;
  /** Required for scope "libya"; may be null for countries and regions abroad. */
  readonly lat: number | null;
  readonly lon: number | null;
  readonly scope: Scope;
  readonly note?: string;
}

export interface GoldActor {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly actor: ActorId;
  readonly note?: string;
}

export interface GoldClaim {
  readonly actor: ActorId;
  readonly action: ClaimAction;
  readonly places: readonly string[];
  readonly means: StrikeMeans | null;
  readonly modality: Modality;
  readonly speaker: ActorId | "outlet" | "other";
  readonly distanced: boolean;
  readonly trigger: Span;
  readonly evidence: Span;
  readonly date: GoldDate;
  readonly note?: string;
}

export interface GoldMeasurement {
  readonly kind: MeasurementKind;
  readonly subject: string | null;
  readonly reference: string | null;
  readonly value: number | null;
  readonly unit: "km" | "mile" | "m" | null;
  readonly direction: Compass8 | null;
  readonly evidence: Span;
  readonly note?: string;
}

export interface GoldDateMention extends GoldDate {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly note?: string;
}

export interface GoldNegative {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly why: string;
}

export interface GoldFile {
  /** The article id: a seed's file stem, or a held-out article's id. */
  readonly seed: string;
  readonly published: GoldDate;
  readonly toponyms: readonly GoldToponym[];
  readonly actors: readonly GoldActor[];
  readonly claims: readonly GoldClaim[];
  readonly measurements: readonly GoldMeasurement[];
  readonly dates: readonly GoldDateMention[];
  readonly negatives: readonly GoldNegative[];
}
