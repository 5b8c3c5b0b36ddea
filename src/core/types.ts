/**
 * The engine's vocabulary: what one article turns into. Every claim, mention and measurement
 * carries an `Evidence` span in the ORIGINAL article text; none can be built without one.
 */

/** A half-open span [start, end) in the original article text, with the text it covers. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type DatePrecision = "day" | "approximate" | "month" | "year";

/** A calendar date (ISO yyyy-mm-dd) with how sure we are of the day. */
export interface DateValue {
  readonly iso: string;
  readonly precision: DatePrecision;
}

/** An article as the engine receives it. */
export interface ArticleInput {
  readonly id: string;
  readonly text: string;
  /** Source (outlet) id: a stable key for layers, permalinks and disagreements. */
  readonly sourceId: string;
  readonly published: DateValue;
  /** Set by hand in a manifest; otherwise inferred from the article's wording. */
  readonly lean?: Lean;
}

// ---------------------------------------------------------------- actors

/** Holders: sides that can control ground. */
export type HolderId = "GNA" | "LNA" | "ISIS";
/** Backers: foreign states and contractors that support a side but are not holders. */
export type BackerId = "TUR" | "UAE" | "RUS" | "WAGNER" | "EGY" | "USA" | "QAT" | "FRA";
export type ActorId = HolderId | BackerId | "UNKNOWN";

/** Which side an outlet's wording favours. */
export type Lean = "pro-GNA" | "pro-LNA" | "neutral" | "unknown";

export interface ActorMention {
  readonly actor: ActorId;
  readonly evidence: Evidence;
  /** The normalised surface form that matched ("ميليشيات الوفاق"). */
  readonly form: string;
  /** For forms whose referent depends on the outlet ("الجيش الليبي"): how it was read. */
  readonly reading?: string;
}

// ---------------------------------------------------------------- places

export interface PlaceCandidate {
  readonly placeId: string;
  readonly score: number;
}

/** A name in the text that refers to a place. */
export type PlaceMention =
  | {
      readonly status: "resolved";
      readonly evidence: Evidence;
      readonly placeId: string;
      /** Every sense considered, best first, and why the winner won. */
      readonly alternatives: readonly PlaceCandidate[];
      readonly reason: string;
    }
  | {
      /** Reads as a place ("منطقة X") but the gazetteer has no such name. */
      readonly status: "unresolved";
      readonly evidence: Evidence;
      readonly name: string;
      readonly cue: string;
    };

// ---------------------------------------------------------------- claims

export type ClaimAction =
  | "captured" // took, liberated, seized, took control of
  | "controls" // holds, is in control of
  | "entered"
  | "withdrew"
  | "advancing" // advancing toward, pushing on
  | "struck" // air/drone/artillery strikes, shelling
  | "repelled" // repelled, pushed back
  | "besieging" // besieging, encircling
  | "contested" // fighting over, clashes at
  | "reinforcing"; // sending reinforcements to

export type StrikeMeans = "air" | "drone" | "artillery" | "naval" | "unspecified";

/** Asserted claims are about the ground; the rest are not control. */
export type Modality = "asserted" | "intent" | "negated" | "conditional";

/** Who the article says makes the claim. */
export interface Attribution {
  /** "outlet" when the article asserts it in its own voice. */
  readonly speaker: ActorId | "outlet" | "other";
  /** The attribution words ("قالت قوات الوفاق", "زعمت", "أكد مصدر عسكري"). */
  readonly evidence?: Evidence;
  /** The outlet distances itself ("زعمت", "ادعت"). */
  readonly distanced: boolean;
}

export type ClaimStatus = "claimed" | "corroborated";

export interface Claim {
  /** Stable for the same text and source: derived from source, evidence span and action. */
  readonly id: string;
  readonly articleId: string;
  readonly sourceId: string;
  readonly actor: ActorId;
  readonly action: ClaimAction;
  readonly means?: StrikeMeans;
  /** Ids of the places the claim is about; the first is the main one. Never empty. */
  readonly placeIds: readonly [string, ...string[]];
  readonly time: DateValue;
  readonly modality: Modality;
  readonly attribution: Attribution;
  /** The sentence (or clause) that makes the claim. */
  readonly evidence: Evidence;
  /** The words that carry the action ("سيطرت على"), inside `evidence`. */
  readonly trigger: Evidence;
  readonly status: ClaimStatus;
}

// ---------------------------------------------------------------- measurements

export type Compass8 = "N" | "NE" | "E" | "SE" | "S" | "SW" | "W" | "NW";

export type MeasurementKind =
  | "distance" // "X is N km from Y"
  | "distance-direction" // "X, N km east of Y"
  | "direction" // "X south of Y"
  | "pushback" // "pushed back N km from X" (a ring)
  | "pullback"; // "pull back N km from Y's borders" (a ring)

export interface Measurement {
  readonly id: string;
  readonly kind: MeasurementKind;
  /** The place the statement is about, and the reference place. */
  readonly subjectPlaceId: string | null;
  readonly referencePlaceId: string | null;
  readonly statedKm?: number;
  readonly statedValue?: number;
  readonly statedUnit?: "km" | "mile" | "m";
  readonly statedDirection?: Compass8;
  readonly evidence: Evidence;
  readonly verdict: Verdict;
}

export type DistanceClass = "consistent-straight" | "consistent-road" | "overstated" | "understated";
export type DirectionClass = "consistent" | "inconsistent";

/** The outcome of checking a measurement against geometry. */
export type Verdict =
  | { readonly kind: "unverifiable"; readonly why: string }
  | {
      readonly kind: "checked";
      readonly measuredKm: number;
      readonly bearingDeg: number;
      readonly ratio?: number;
      readonly distance?: DistanceClass;
      readonly direction?: DirectionClass;
      readonly measuredDirection: Compass8;
    }
  | { readonly kind: "ring"; readonly centerPlaceId: string; readonly radiusKm: number };

// ---------------------------------------------------------------- results

export interface DateMention {
  readonly evidence: Evidence;
  readonly value: DateValue;
}

/** Everything the engine found in one article. */
export interface ArticleExtraction {
  readonly articleId: string;
  readonly sourceId: string;
  readonly places: readonly PlaceMention[];
  readonly actors: readonly ActorMention[];
  readonly claims: readonly Claim[];
  readonly measurements: readonly Measurement[];
  readonly dates: readonly DateMention[];
  /** Per-source wording: which forms it uses for each side. */
  readonly framing: Framing;
}

export interface Framing {
  /** Counts of forms per side: "ميليشيات الوفاق" → 3. */
  readonly forms: Readonly<Partial<Record<HolderId, Readonly<Record<string, number>>>>>;
  /** Loaded words the outlet uses itself ("مرتزقة", "تحرير", "المتمردين"). */
  readonly markers: readonly { readonly word: string; readonly favours: Lean; readonly count: number }[];
  readonly inferredLean: Lean;
}
