import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../src/core/gazetteer/index.ts";
import { parseEntry } from "../../../src/core/gazetteer/validate.ts";

const good = {
  id: "ly-test-town",
  kind: "town",
  ar: "أبو قرين",
  en: "Abu Qurain",
  namesAr: ["أبوقرين"],
  namesLatin: ["Abu Grein"],
  lat: 31.45,
  lon: 15.25,
  uncertaintyM: 100,
  country: "LY",
  importance: 0.3,
  citations: [{ source: "Wikipedia", ref: "Abu Qurain" }],
};
const doc = (entries: unknown[]): unknown => ({ version: 1, attribution: ["© OpenStreetMap contributors"], entries });

describe("loadGazetteer", () => {
  it("accepts a well-formed document and adds the display names to the name lists", () => {
    const g = loadGazetteer(doc([good]));
    expect(g.entries).toHaveLength(1);
    expect(g.entries[0]?.namesAr).toEqual(["أبو قرين", "أبوقرين"]);
    expect(g.entries[0]?.namesLatin).toEqual(["Abu Qurain", "Abu Grein"]);
  });

  it("rejects another version", () => {
    expect(() => loadGazetteer({ ...(doc([]) as object), version: 2 })).toThrow(/version/);
  });

  it("rejects a duplicate id, naming it", () => {
    expect(() => loadGazetteer(doc([good, good]))).toThrow(/ly-test-town.*duplicate/);
  });

  it.each([
    ["an unknown kind", { kind: "castle" }, /unknown kind/],
    ["an unknown field", { namesLatn: [] }, /unknown field "namesLatn"/],
    ["a missing citation", { citations: [] }, /citations/],
    ["a citation from an unknown source", { citations: [{ source: "Blog", ref: "x" }] }, /citation source/],
    ["a point outside Libya", { lat: 36.8, lon: 10.2 }, /outside Libya/],
    ["an importance above 1", { importance: 1.5 }, /importance/],
    ["a non-numeric latitude", { lat: "31.4" }, /"lat"/],
    ["a bbox that misses its point", { bbox: [16, 30, 17, 31] }, /outside its own bbox/],
    ["a bbox in the wrong order", { bbox: [16, 31, 15, 32] }, /west < east/],
    ["an empty Arabic spelling", { namesAr: [""] }, /namesAr\[0\]/],
    ["an upper-case id", { id: "LY-Town" }, /id must be/],
  ])("rejects %s, naming the entry", (_what, patch, message) => {
    expect(() => loadGazetteer(doc([{ ...good, ...patch }]))).toThrow(message);
  });

  it("lets a foreign place lie abroad", () => {
    expect(() => loadGazetteer(doc([{ ...good, id: "tn-tunis", kind: "foreign-place", lat: 36.8, lon: 10.2, country: "TN" }]))).not.toThrow();
  });
});

describe("parseEntry", () => {
  it("names the file and the id in its message", () => {
    expect(() => parseEntry({ ...good, kind: "nope" }, "curated/x.json entry 3")).toThrow("curated/x.json entry 3 [ly-test-town]: unknown kind");
  });

  it("accepts fields its caller handles when told", () => {
    expect(() => parseEntry({ ...good, replaces: ["osm-n1"] }, "f")).toThrow(/unknown field "replaces"/);
    expect(parseEntry({ ...good, replaces: ["osm-n1"] }, "f", new Set(["replaces"])).id).toBe("ly-test-town");
  });
});
