import { describe, expect, it } from "vitest";
import { indexDocument } from "../../src/app/app-data.ts";
import { asOfView, CONTESTED_LOOKBACK_DAYS } from "../../src/app/as-of.ts";
import { addDays } from "../../src/core/extract/iso-day.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, LIBYA, MISRATA, SIRTE } from "./fixture-document.ts";

const data = indexDocument(
  fixtureDocument([
    fixtureArticle("a-lna", "lna-tv", [
      fixtureClaim("l1", "LNA", "captured", SIRTE, "2020-01-07"),
      fixtureClaim("l2", "GNA", "withdrew", SIRTE, "2020-01-07", { speaker: "GNA" }),
      fixtureClaim("l3", "LNA", "struck", MISRATA, "2020-01-08"),
    ]),
    fixtureArticle("a-gna", "gna-tv", [
      fixtureClaim("g1", "GNA", "entered", SIRTE, "2020-06-06"),
      fixtureClaim("g2", "GNA", "captured", LIBYA, "2020-06-06"),
      fixtureClaim("g3", "GNA", "captured", MISRATA, "2020-06-07", { modality: "intent" }),
    ]),
    fixtureArticle("a-mid", "mid-tv", [fixtureClaim("m1", "GNA", "withdrew", SIRTE, "2020-06-05")]),
  ]),
);
const all = data.sourceIds;

describe("the map as of a date", () => {
  it("shows per source and place the latest control claim on or before the date, with its age", () => {
    const view = asOfView(data, { sources: all, date: "2020-01-10" });
    expect(view.markers.map((m) => [m.sourceId, m.placeId, m.date, m.ageDays])).toEqual([["lna-tv", "p-sirte", "2020-01-07", 3]]);
  });

  it("reads everything a source said that day: a capture with the other side's withdrawal names the captor", () => {
    const [marker] = asOfView(data, { sources: all, date: "2020-01-10" }).markers;
    expect(marker?.claims.map((c) => c.id)).toEqual(["l1", "l2"]);
    expect(marker?.reading).toEqual({ kind: "holds", holders: ["LNA"] });
  });

  it("leaves out claims dated after the date, strikes, intentions and the country itself", () => {
    const view = asOfView(data, { sources: all, date: "2020-06-07" });
    expect(view.markers.map((m) => `${m.sourceId}:${m.placeId}`).sort()).toEqual(["gna-tv:p-sirte", "lna-tv:p-sirte", "mid-tv:p-sirte"]);
    expect(view.touchedPlaceIds.has("p-misrata")).toBe(true);
  });

  it("draws nothing of a hidden source", () => {
    const view = asOfView(data, { sources: ["gna-tv"], date: "2020-06-07" });
    expect(view.markers.every((m) => m.sourceId === "gna-tv")).toBe(true);
    expect(view.contestedPlaceIds.size).toBe(0);
  });

  it("marks a place contested when visible sources disagree close to the date, and not after the dispute is history", () => {
    expect([...asOfView(data, { sources: all, date: "2020-06-06" }).contestedPlaceIds]).toEqual(["p-sirte"]);
    expect(asOfView(data, { sources: all, date: "2020-06-04" }).contestedPlaceIds.size).toBe(0);
    expect(asOfView(data, { sources: all, date: addDays("2020-06-06", CONTESTED_LOOKBACK_DAYS + 1) }).contestedPlaceIds.size).toBe(0);
    // A source that disagrees with the past is not a disagreement now: January's capture is months old.
    expect(asOfView(data, { sources: ["lna-tv", "gna-tv"], date: "2020-06-06" }).contestedPlaceIds.size).toBe(0);
  });
});

describe("the timeline's span", () => {
  it("runs from the first to the last day-precise or approximate claim, not background years", () => {
    const withOld = indexDocument(
      fixtureDocument([fixtureArticle("a", "s", [fixtureClaim("o", "GNA", "controls", SIRTE, "2016-12-01", { precision: "year" }), fixtureClaim("n", "GNA", "entered", SIRTE, "2020-06-06")])]),
    );
    expect(withOld.span).toEqual({ from: "2020-06-06", to: "2020-06-06" });
    expect(data.span).toEqual({ from: "2020-01-07", to: "2020-06-07" });
    expect(data.eventDates).toEqual(["2020-01-07", "2020-01-08", "2020-06-05", "2020-06-06", "2020-06-07"]);
  });
});
