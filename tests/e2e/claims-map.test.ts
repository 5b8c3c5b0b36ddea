import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { type GuardedPage, launchChromium, openGuardedPage, waitForMapReady } from "./support/browser.ts";

const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../test-results");
/** Sirte's gazetteer id, read from the loaded data: the gazetteer may give it another id later. */
let SIRTE = "";

let browser: Browser;
let guarded: GuardedPage | undefined;

beforeAll(async () => {
  browser = await launchChromium(inject("chromiumPath"));
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await guarded?.close();
  guarded = undefined;
});

async function openApp(viewport = { width: 1280, height: 800 }): Promise<GuardedPage> {
  guarded = await openGuardedPage(browser, inject("baseUrl"), { viewport });
  await guarded.page.goto(inject("baseUrl"));
  await waitForMapReady(guarded.page);
  expect(await guarded.page.evaluate(() => document.documentElement.dataset.claimsReady)).toBe("true");
  SIRTE = await guarded.page.evaluate(() => [...window.__app!.data!.placeById.values()].find((p) => p.en === "Sirte" && p.kind === "city")?.id ?? "");
  expect(SIRTE).not.toBe("");
  return guarded;
}

async function setDate(g: GuardedPage, iso: string): Promise<void> {
  await g.page.evaluate((d) => window.__app!.store!.getState().setDate(d), iso);
}

/** Every drawn source marker as "source|place|claim ids". */
function chips(g: GuardedPage): Promise<string[]> {
  return g.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("#map .claim-chip")].map((el) => `${el.dataset.sourceId}|${el.dataset.placeId}|${el.dataset.claimIds}`).sort(),
  );
}

function expectNoErrors(g: GuardedPage): void {
  expect(g.blockedRequests).toEqual([]);
  expect(g.consoleErrors).toEqual([]);
  expect(g.pageErrors).toEqual([]);
}

describe("the claims map", () => {
  it("puts Sirte on the map with a marker from each source that speaks of it, after map-ready", async () => {
    const g = await openApp();
    const sirte = await g.page.evaluate((id) => [...document.querySelectorAll<HTMLElement>(`#map .claim-chip[data-place-id="${id}"]`)].map((el) => el.dataset.sourceId).sort(), SIRTE);
    expect(sirte.length).toBeGreaterThanOrEqual(2);
    expect(await g.page.locator(`#map .place-label span[data-place-id="${SIRTE}"]`).textContent()).toBe("Sirte");
    await g.page.screenshot({ path: resolve(RESULTS, "claims-map-1280.png") });
    expectNoErrors(g);
  });

  it("hiding Al Jazeera's layer removes its markers and nothing else", async () => {
    const g = await openApp();
    const before = await chips(g);
    expect(before.some((c) => c.startsWith("aljazeera|"))).toBe(true);
    await g.page.locator('.source-item[data-source-id="aljazeera"] input[type="checkbox"]').uncheck();
    const after = await chips(g);
    expect(after).toEqual(before.filter((c) => !c.startsWith("aljazeera|")));
    await g.page.locator('.source-item[data-source-id="aljazeera"] input[type="checkbox"]').check();
    expect(await chips(g)).toEqual(before);
    expectNoErrors(g);
  });

  it("shows Sirte as contested on 2020-06-06, with both sides' sentences, and not on 2020-01-10", async () => {
    const g = await openApp();
    await setDate(g, "2020-06-06");
    expect(await g.page.locator(`#map .contested-marker[data-place-id="${SIRTE}"]`).count()).toBe(1);
    await g.page.locator(`#map .contested-marker[data-place-id="${SIRTE}"]`).click();
    const entry = g.page.locator(`#panel .disagreement[data-place-id="${SIRTE}"]`);
    await entry.waitFor();
    const sides = await entry.locator(".disagreement__side").evaluateAll((els) =>
      els.map((el) => ({ position: el.querySelector(".disagreement__position")?.textContent, quotes: el.querySelectorAll(".claim-quote mark").length })),
    );
    expect(sides.length).toBeGreaterThanOrEqual(2);
    expect(sides.every((s) => s.quotes > 0)).toBe(true);
    const sources = await entry.locator(".disagreement__who").allTextContents();
    expect(sources.some((s) => s.startsWith("Al Jazeera"))).toBe(true);
    expect(sources.some((s) => s.startsWith("Al Arabiya"))).toBe(true);
    await g.page.screenshot({ path: resolve(RESULTS, "disagreements-2020-06-06.png") });

    await setDate(g, "2020-01-10");
    expect(await g.page.locator(`#map .contested-marker[data-place-id="${SIRTE}"]`).count()).toBe(0);
    expect(await g.page.locator(`#panel .disagreement[data-place-id="${SIRTE}"]`).count()).toBe(0);
    expectNoErrors(g);
  });

  it("clicking a claim's link opens the reader with its sentence highlighted, and a highlight selects its claim", async () => {
    const g = await openApp();
    await g.page.locator(`#map .claim-chip[data-place-id="${SIRTE}"][data-source-id="aljazeera"]`).click();
    const card = g.page.locator("#panel .claim-card").first();
    const claimId = await card.getAttribute("data-claim-id");
    await card.getByRole("button", { name: "Show in the article" }).click();
    const selected = g.page.locator("#panel .reader__text mark.is-selected");
    await selected.first().waitFor();
    const evidence = await g.page.evaluate((id) => window.__app!.data!.claimById.get(id!)!.claim.evidence.text, claimId);
    expect((await selected.allTextContents()).join("")).toBe(evidence);
    expect(await g.page.locator("#panel .reader__text").getAttribute("dir")).toBe("rtl");

    // The other way: a highlight in the text selects its claim.
    const other = g.page.locator("#panel .reader__text mark.evidence:not(.is-selected)").first();
    const ids = (await other.getAttribute("data-claim-ids"))!.split(" ");
    await other.click();
    const selection = await g.page.evaluate(() => window.__app!.store!.getState().selection);
    expect(selection?.kind).toBe("claim");
    expect(ids).toContain(selection?.id);
    await g.page.screenshot({ path: resolve(RESULTS, "reader-1280.png") });
    expectNoErrors(g);
  });

  it("turns the chrome right to left in Arabic and keeps the map left to right", async () => {
    const g = await openApp();
    await g.page.locator("#language-toggle").click();
    const dirs = await g.page.evaluate(() => ({
      panel: getComputedStyle(document.getElementById("panel")!).direction,
      header: getComputedStyle(document.getElementById("app-header")!).direction,
      map: getComputedStyle(document.getElementById("map")!).direction,
      lang: document.documentElement.lang,
      tab: document.querySelector(".panel-tab")?.textContent,
    }));
    expect(dirs).toEqual({ panel: "rtl", header: "rtl", map: "ltr", lang: "ar", tab: "المصادر" });
    expect(await g.page.locator(`#map .place-label span[data-place-id="${SIRTE}"]`).textContent()).toBe("سرت");
    await g.page.screenshot({ path: resolve(RESULTS, "arabic-1280.png") });
    expectNoErrors(g);
  });

  it("is usable on a phone-sized screen", async () => {
    const g = await openApp({ width: 390, height: 844 });
    expect(await g.page.locator("#map .claim-chip").count()).toBeGreaterThan(0);
    const overflow = await g.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await g.page.screenshot({ path: resolve(RESULTS, "claims-map-390.png"), fullPage: true });
    expectNoErrors(g);
  });

  it("draws the stated 450 km from Tripoli to Sirte with its checked label while that article is read", async () => {
    const g = await openApp();
    const claimId = await g.page.evaluate(() => window.__app!.data!.articles.find((a) => a.sourceId === "aljazeera")!.claims[0]!.id);
    await g.page.evaluate((id) => window.__app!.store!.getState().focus({ kind: "claim", id }, "reader"), claimId);
    const labels = await g.page.locator("#map .measurement-label").allTextContents();
    expect(labels).toContain("stated 450 km E · straight line 372 km · ×1.21 · road-consistent · direction consistent");
    expect(await g.page.locator("#map .direction-mark").count()).toBeGreaterThan(0);
    await g.page.evaluate(() => window.__app!.map.setView([31.4, 15.6], 7, { animate: false }));
    await g.page.screenshot({ path: resolve(RESULTS, "measurements-1280.png") });
    expectNoErrors(g);
  });

  it("finds a place typed in Arabic and opens what the sources say about it", async () => {
    const g = await openApp();
    await g.page.locator("#place-search").fill("سرت");
    const result = g.page.locator(`.search__result[data-place-id="${SIRTE}"]`);
    await result.waitFor();
    await result.click();
    await g.page.locator(`#panel h2[data-place-id="${SIRTE}"]`).waitFor();
    expect(await g.page.locator("#panel .claim-card").count()).toBeGreaterThan(0);
    expectNoErrors(g);
  });

  it("opens a marker's claims with the keyboard", async () => {
    const g = await openApp();
    const chip = g.page.locator(`#map .leaflet-marker-icon:has(.claim-chip[data-place-id="${SIRTE}"])`).first();
    await chip.focus();
    await g.page.keyboard.press("Enter");
    await g.page.locator(`#panel h2[data-place-id="${SIRTE}"]`).waitFor();
    expectNoErrors(g);
  });

  it("says so, and still draws the map, when the claims data is missing", async () => {
    guarded = await openGuardedPage(browser, inject("baseUrl"));
    await guarded.page.route("**/data/seeds.json", (route) => route.fulfill({ status: 404, body: "" }));
    await guarded.page.goto(inject("baseUrl"));
    await waitForMapReady(guarded.page);
    expect(await guarded.page.evaluate(() => document.documentElement.dataset.claimsReady)).toBe("error");
    expect(await guarded.page.locator(".data-error").textContent()).toContain("data/seeds.json could not be loaded (HTTP 404)");
    expect(await guarded.page.locator("#map path.basemap-libya").count()).toBe(1);
    expect(guarded.pageErrors).toEqual([]);
  });

  it("steps the timeline back and forth between dates with claims, from the keyboard too", async () => {
    const g = await openApp();
    const dates = await g.page.evaluate(() => window.__app!.data!.eventDates);
    const last = dates[dates.length - 1]!;
    const before = dates[dates.length - 2]!;
    expect(await g.page.evaluate(() => window.__app!.store!.getState().date)).toBe(last);
    await g.page.getByRole("button", { name: "Previous date with claims" }).click();
    expect(await g.page.evaluate(() => window.__app!.store!.getState().date)).toBe(before);
    expect(await g.page.locator(".timeline__date").textContent()).toMatch(/^as of \d+ \w+ \d{4}$/);
    const slider = g.page.locator("#timeline-slider");
    await slider.focus();
    await g.page.keyboard.press("End");
    expect(await g.page.evaluate(() => window.__app!.store!.getState().date)).toBe(last);
    await g.page.getByRole("button", { name: "Next date with claims" }).click();
    expect(await g.page.evaluate(() => window.__app!.store!.getState().date)).toBe(last);
    expectNoErrors(g);
  });
});
