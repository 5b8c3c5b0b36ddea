import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { LIBYA_BOUNDS as LIBYA } from "../../src/map/libya-bounds.ts";
import { type GuardedPage, launchChromium, openGuardedPage, waitForMapReady } from "./support/browser.ts";

const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../test-results");


interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

let browser: Browser;
let guarded: GuardedPage;

beforeAll(async () => {
  browser = await launchChromium(inject("chromiumPath"));
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await guarded?.close();
});

async function openApp(): Promise<GuardedPage> {
  guarded = await openGuardedPage(browser, inject("baseUrl"));
  await guarded.page.goto(inject("baseUrl"));
  await waitForMapReady(guarded.page);
  return guarded;
}

function mapBounds(g: GuardedPage): Promise<Bounds> {
  return g.page.evaluate(() => {
    const b = window.__app!.map.getBounds();
    return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
  });
}

function expectContainsLibya(b: Bounds): void {
  expect(b.south).toBeLessThanOrEqual(LIBYA.south);
  expect(b.west).toBeLessThanOrEqual(LIBYA.west);
  expect(b.north).toBeGreaterThanOrEqual(LIBYA.north);
  expect(b.east).toBeGreaterThanOrEqual(LIBYA.east);
}

describe("the base map", () => {
  it("opens fitted to Libya, offline, with no console or page errors", async () => {
    const g = await openApp();
    const bounds = await mapBounds(g);
    expectContainsLibya(bounds);
    // Fitted, not merely "somewhere containing Libya": the view is at most about twice its size.
    expect(bounds.east - bounds.west).toBeLessThan(2.2 * (LIBYA.east - LIBYA.west));
    expect(bounds.north - bounds.south).toBeLessThan(2.2 * (LIBYA.north - LIBYA.south));
    expect(await g.page.evaluate(() => performance.getEntriesByName("map-ready").length)).toBe(1);

    mkdirSync(RESULTS, { recursive: true });
    await g.page.screenshot({ path: resolve(RESULTS, "base-map.png") });

    expect(g.blockedRequests).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
    expect(g.pageErrors).toEqual([]);
  });

  it("draws land, coastline, borders, neighbours' names and one highlighted Libya", async () => {
    const g = await openApp();
    const counts = await g.page.evaluate(() => ({
      countries: document.querySelectorAll("#map path.basemap-country").length,
      libya: document.querySelectorAll("#map path.basemap-libya").length,
      coastline: document.querySelectorAll("#map path.basemap-coastline").length,
      border: document.querySelectorAll("#map path.basemap-border").length,
      context: document.querySelectorAll("#map path.basemap-context").length,
      names: [...document.querySelectorAll("#map .country-label")].map((el) => el.textContent),
    }));
    expect(counts).toEqual({ countries: expect.any(Number), libya: 1, coastline: 1, border: 1, context: 1, names: expect.any(Array) });
    expect(counts.names).toEqual(expect.arrayContaining(["Tunisia", "Algeria", "Niger", "Chad", "Sudan", "Egypt"]));
    expect(counts.names).not.toContain("Libya");
    expect(counts.countries).toBeGreaterThanOrEqual(8);

    // Libya's drawn outline fills most of the map's shorter side and sits inside the map.
    const box = await g.page.locator("#map path.basemap-libya").boundingBox();
    const map = await g.page.locator("#map").boundingBox();
    expect(box).not.toBeNull();
    expect(map).not.toBeNull();
    expect(Math.max(box!.width / map!.width, box!.height / map!.height)).toBeGreaterThan(0.75);
    expect(box!.x).toBeGreaterThanOrEqual(map!.x);
    expect(box!.y).toBeGreaterThanOrEqual(map!.y);
    expect(box!.x + box!.width).toBeLessThanOrEqual(map!.x + map!.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(map!.y + map!.height);
  });

  it("brings the view back to Libya with the keyboard-reachable Libya button", async () => {
    const g = await openApp();
    await g.page.evaluate(() => window.__app!.map.setView([36.8, 10.2], 9, { animate: false }));
    const away = await mapBounds(g);
    expect(away.east - away.west).toBeLessThan(5);

    // Reach it with Tab from the top of the page, as a keyboard user would.
    const button = g.page.getByRole("button", { name: "Show all of Libya" });
    let presses = 0;
    while (!(await button.evaluate((el) => el === document.activeElement)) && presses < 10) {
      await g.page.keyboard.press("Tab");
      presses++;
    }
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await g.page.keyboard.press("Enter");
    await g.page.waitForFunction(() => window.__app!.map.getBounds().getEast() > 25.3);
    expectContainsLibya(await mapBounds(g));
    expect(g.consoleErrors).toEqual([]);
  });

  it("offers OpenStreetMap tiles switched off, and blocks them when switched on offline", async () => {
    const g = await openApp();
    const toggle = g.page.getByLabel("OpenStreetMap tiles (online)");
    expect(await toggle.isChecked()).toBe(false);
    expect(await g.page.locator("#map img.leaflet-tile").count()).toBe(0);

    // The harness must catch a page that reaches for the network: switch the tiles on.
    await g.page.locator(".leaflet-control-layers").hover();
    await toggle.check();
    await expect.poll(() => g.blockedRequests.length).toBeGreaterThan(0);
    expect(g.blockedRequests.every((url) => url.startsWith("https://tile.openstreetmap.org/"))).toBe(true);
  });

  it("shows Leaflet's default marker icon from the bundle, with no network", async () => {
    const g = await openApp();
    const loaded = await g.page.evaluate(async () => {
      const { map, leaflet } = window.__app!;
      const marker = leaflet.marker([32.9, 13.2]).addTo(map);
      const img = marker.getElement() as HTMLImageElement;
      await img.decode();
      return img.naturalWidth;
    });
    expect(loaded).toBeGreaterThan(0);
    expect(g.blockedRequests).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
  });

  it("renders the Arabic subtitle right-to-left in the self-hosted Naskh font", async () => {
    const g = await openApp();
    const subtitle = g.page.locator(".app-subtitle");
    expect(await subtitle.getAttribute("dir")).toBe("rtl");
    expect(await subtitle.getAttribute("lang")).toBe("ar");
    const fontLoaded = await g.page.evaluate(async () => {
      await document.fonts.ready;
      const text = document.querySelector(".app-subtitle")!.textContent!;
      return document.fonts.check("16px 'Noto Naskh Arabic'", text) && [...document.fonts].some((f) => f.family.includes("Noto Naskh Arabic") && f.status === "loaded");
    });
    expect(fontLoaded).toBe(true);
    expect(g.blockedRequests).toEqual([]);
  });

  it("removes every layer, control and pane it added when the base map is removed", async () => {
    const g = await openApp();
    const before = await g.page.evaluate(() => document.querySelectorAll("#map .leaflet-pane, #map .leaflet-control").length);
    expect(before).toBeGreaterThan(0);
    const after = await g.page.evaluate(() => {
      window.__app!.baseMap.remove();
      return document.querySelectorAll("#map .leaflet-pane, #map .leaflet-control, #map path").length;
    });
    expect(after).toBe(0);
    expect(g.consoleErrors).toEqual([]);
    expect(g.pageErrors).toEqual([]);
  });
});
