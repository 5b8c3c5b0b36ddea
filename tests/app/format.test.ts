import { describe, expect, it } from "vitest";
import { formatAge, formatDate, measurementLabel } from "../../src/app/format.ts";
import type { MeasurementOut } from "../../src/core/output/extraction-document.ts";
import { SIRTE } from "./fixture-document.ts";

describe("dates as precise as the text", () => {
  it("says 'about' for an approximate date, in both languages", () => {
    expect(formatDate({ iso: "2020-01-11", precision: "approximate" }, "en")).toBe("about 11 Jan 2020");
    expect(formatDate({ iso: "2020-01-11", precision: "approximate" }, "ar")).toBe("نحو 11 يناير 2020");
  });

  it("gives no day for a month and no month for a year", () => {
    expect(formatDate({ iso: "2019-04-01", precision: "month" }, "en")).toBe("Apr 2019");
    expect(formatDate({ iso: "2016-12-01", precision: "year" }, "en")).toBe("2016");
    expect(formatDate({ iso: "2020-06-06", precision: "day" }, "en")).toBe("6 Jun 2020");
  });

  it("says how old a claim is against the date shown", () => {
    expect(formatAge(0, "en")).toBe("on the date shown");
    expect(formatAge(1, "en")).toBe("1 day before the date shown");
    expect(formatAge(150, "en")).toBe("150 days before the date shown");
  });
});

describe("measurement labels", () => {
  const base = { id: "m", subject: SIRTE, reference: null, evidence: { start: 0, end: 1, text: "x" } };

  it("reads a checked distance as stated, straight line, ratio and class", () => {
    const m: MeasurementOut = {
      ...base,
      kind: "distance-direction",
      stated: { value: 450, unit: "km", km: 450, direction: "E" },
      verdict: { kind: "checked", measuredKm: 371.6, bearingDeg: 119.4, measuredDirection: "SE", ratio: 1.211, distance: "consistent-road", direction: "consistent" },
    };
    expect(measurementLabel(m, "en", () => undefined)).toBe("stated 450 km E · straight line 372 km · ×1.21 · road-consistent · direction consistent");
    expect(measurementLabel(m, "ar", () => undefined)).toBe("المذكور 450 كم شرق · خط مستقيم 372 كم · ×1.21 · متسق مع الطريق · الاتجاه متسق");
  });

  it("reads a direction alone against the measured bearing", () => {
    const m: MeasurementOut = {
      ...base,
      kind: "direction",
      stated: { value: null, unit: null, km: null, direction: "E" },
      verdict: { kind: "checked", measuredKm: 120, bearingDeg: 157.7, measuredDirection: "S", direction: "inconsistent" },
    };
    expect(measurementLabel(m, "en", () => undefined)).toBe("stated E · bearing S (158°) · direction inconsistent");
  });

  it("names a ring by its centre and an unverifiable statement by why", () => {
    const ring: MeasurementOut = { ...base, kind: "pushback", stated: { value: 30, unit: "km", km: 30, direction: null }, verdict: { kind: "ring", centerPlaceId: "p-sirte", radiusKm: 30 } };
    expect(measurementLabel(ring, "en", (id) => (id === "p-sirte" ? SIRTE : undefined))).toBe("ring 30 km around Sirte");
    const vague: MeasurementOut = { ...base, kind: "direction", stated: { value: null, unit: null, km: null, direction: "S" }, verdict: { kind: "unverifiable", why: "the subject is not a named place" } };
    expect(measurementLabel(vague, "en", () => undefined)).toBe("not checked: the subject is not a named place");
  });
});
