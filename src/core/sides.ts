import type { ActorId, ClaimAction, DatePrecision, HolderId, Lean } from "./types.ts";

/**
 * Which side of the war an actor, an outlet's lean or a claim stands for: the vocabulary the
 * cross-source steps (`assess.ts`, `conflicts.ts`) reason in.
 */

/**
 * Backers count for the side they back: "القوات التركية دخلت ترهونة" is a GNA gain. The US
 * and France backed no holder on the ground in the 2019–2020 war (US strikes were on ISIS).
 */
export const SIDE_OF: Readonly<Record<ActorId, HolderId | null>> = {
  GNA: "GNA",
  LNA: "LNA",
  ISIS: "ISIS",
  TUR: "GNA",
  QAT: "GNA",
  UAE: "LNA",
  RUS: "LNA",
  WAGNER: "LNA",
  EGY: "LNA",
  FRA: null,
  USA: null,
  UNKNOWN: null,
};

export const LEAN_SIDE: Readonly<Record<Lean, HolderId | null>> = {
  "pro-GNA": "GNA",
  "pro-LNA": "LNA",
  neutral: null,
  unknown: null,
};

/** The side a loss of `side` favours: only the two governments are each other's opponent. */
export const OPPONENT: Readonly<Record<HolderId, HolderId | null>> = { GNA: "LNA", LNA: "GNA", ISIS: null };

/** What a control claim says about who holds the place afterwards. */
export type ControlEffect = "gains" | "loses";
export const CONTROL_EFFECT: Readonly<Record<ClaimAction, ControlEffect | null>> = {
  captured: "gains",
  controls: "gains",
  entered: "gains",
  withdrew: "loses",
  advancing: null,
  struck: null,
  repelled: null,
  besieging: null,
  contested: null,
  reinforcing: null,
};

/**
 * How many days a date of each precision may be off, added to a time window. Month and
 * year precision are half their period: the iso is a point inside it.
 */
export const PRECISION_SLACK_DAYS: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  approximate: 7,
  month: 15,
  year: 183,
};
