import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { PermalinkState } from "../../src/core/permalink.ts";
import { type GuardedPage, launchChromium, openGuardedPage, waitForMapReady } from "./support/browser.ts";

const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../test-results");
/** A 1×1 transparent PNG: what the "online" tiles get here, so ticking the OSM layer needs no network. */
const BLANK_TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

let browser: Browser;
const opened: GuardedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium(inject("chromiumPath"));
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((g) => g.close()));
});

async function openApp(hash = "", init?: () => void): Promise<GuardedPage> {
  const g = await openGuardedPage(browser, inject("baseUrl"));
  opened.push(g);
  await g.context.route("https://tile.openstreetmap.org/**", (route) => route.fulfill({ status: 200, contentType: "image/png", body: BLANK_TILE }));
  if (init) await g.page.addInitScript(init);
  await g.page.goto(`${inject("baseUrl")}${hash}`);
  await waitForMapReady(g.page);
  expect(await g.page.evaluate(() => document.documentElement.dataset.claimsReady)).toBe("true");
  return g;
}

function stateOf(page: Page): Promise<PermalinkState> {
  return page.evaluate(() => {
    const s = window.__app!.store!.getState();
    return JSON.parse(JSON.stringify({ view: s.view, sources: s.sources, date: s.date, selection: s.selection, panel: s.panel, language: s.language, base: s.base })) as PermalinkState;
  });
}

function expectNoErrors(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.pageErrors).toEqual([]);
  expect(g.blockedRequests).toEqual([]);
}

function expectSameView(a: PermalinkState["view"], b: PermalinkState["view"]): void {
  const pixel = 360 / (256 * 2 ** b.zoom);
  expect(a.zoom).toBe(b.zoom);
  expect(Math.abs(a.lat - b.lat)).toBeLessThan(pixel);
  expect(Math.abs(a.lon - b.lon)).toBeLessThan(pixel);
}

/** The link settles within one throttle interval (300 ms) of the last change. */
async function settled(page: Page): Promise<string> {
  await page.waitForTimeout(450);
  return page.url();
}

function sirteId(page: Page): Promise<string> {
  return page.evaluate(() => [...window.__app!.data!.placeById.values()].find((p) => p.en === "Sirte" && p.kind === "city")!.id);
}

/** Share of pixels that differ clearly between two PNG screenshots, measured in the page. */
function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([one, two]) => {
      // Decoded in place: the app's CSP (connect-src 'self') refuses a fetch of a data: URL.
      const load = (b64: string) => createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: "image/png" }));
      const [x, y] = await Promise.all([load(one), load(two)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      const pixels = (img: ImageBitmap) => {
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 48) differ++;
      }
      return differ / (p.length / 4);
    },
    [a.toString("base64"), b.toString("base64")] as const,
  );
}

describe("permalinks", () => {
  it("a copied link opens the same view in a fresh browser context", async () => {
    const sender = await openApp();
    const { page } = sender;
    await sender.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(inject("baseUrl")).origin });
    const sirte = await sirteId(page);

    // Hide one source, open Sirte's disagreement (on the last date) and read one of its claims,
    // then step back to the previous date with claims: the claim stays open in the reader.
    await page.locator('.source-item[data-source-id="doualia"] input[type="checkbox"]').uncheck();
    await page.locator(`#map .contested-marker[data-place-id="${sirte}"]`).click();
    const contested = page.locator(`#panel .disagreement[data-place-id="${sirte}"] .disagreement__claim`).first();
    const claimId = await contested.getAttribute("data-claim-id");
    await contested.getByRole("button", { name: "Show in the article" }).click();
    await page.locator("#panel .reader__text mark.is-selected").first().waitFor();
    await page.getByRole("button", { name: "Previous date with claims" }).click();
    const date = (await stateOf(page)).date;
    expect(date).not.toBe(await page.evaluate(() => window.__app!.data!.span.to));
    await page.locator("#language-toggle").click();
    await page.locator(".leaflet-control-layers").hover();
    await page.locator(".leaflet-control-layers-overlays label", { hasText: "OpenStreetMap" }).locator("input").check();
    await page.mouse.move(400, 500);
    await page.waitForTimeout(800); // the flight to the selected claim
    await page.evaluate(() => window.__app!.map.setView([31.05, 16.4], 7, { animate: false }));
    const link = await settled(page);

    const sent = await stateOf(page);
    expect(sent).toMatchObject({
      sources: ["aljazeera", "alarabiya", "unnamed-tripoli-003", "unnamed-tripoli-004"],
      date,
      selection: { kind: "claim", id: claimId },
      panel: "reader",
      language: "ar",
      base: "osm",
      view: { zoom: 7, lat: 31.05, lon: 16.4 },
    });
    const shotSent = await page.screenshot({ path: resolve(RESULTS, "permalink-sent.png") });

    await page.locator("#copy-link").click();
    await expect.poll(() => page.locator(".copy-link__status").textContent()).toBe("نُسخ الرابط");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(link);
    expect(new URL(copied).hash).toMatch(/^#v=1&map=7\/31\.050\/16\.400&src=aljazeera,alarabiya,unnamed-tripoli-003,unnamed-tripoli-004&date=\d{4}-\d\d-\d\d&sel=c:/);

    const receiver = await openApp(new URL(copied).hash);
    const got = await stateOf(receiver.page);
    expect({ ...got, view: null }).toEqual({ ...sent, view: null });
    // The same centre within a screen pixel (Leaflet re-centres by a fraction when a font arrives).
    expectSameView(got.view, sent.view);
    expect(await receiver.page.locator(".link-notice").count()).toBe(0);
    expect(await receiver.page.evaluate(() => document.documentElement.lang)).toBe("ar");
    expect(await receiver.page.locator(".leaflet-control-layers-overlays label", { hasText: "OpenStreetMap" }).locator("input").isChecked()).toBe(true);
    const evidence = await receiver.page.evaluate((id) => window.__app!.data!.claimById.get(id!)!.claim.evidence.text, claimId);
    expect((await receiver.page.locator("#panel .reader__text mark.is-selected").allTextContents()).join("")).toBe(evidence);
    // The receiver may rewrite the position within rounding once its map settles (its size
    // differs by a pixel); everything else in the link stays as sent.
    const withoutMap = (url: string): string => url.replace(/map=[^&]*/, "map=");
    expect(withoutMap(receiver.page.url())).toBe(withoutMap(copied));
    await receiver.page.waitForTimeout(300);
    const shotReceived = await receiver.page.screenshot({ path: resolve(RESULTS, "permalink-received.png") });
    expect(await pixelDifference(receiver.page, shotSent, shotReceived)).toBeLessThan(0.01);
    expectNoErrors(sender);
    expectNoErrors(receiver);
  });

  it("steps Back and Forward through three choices, and the view follows", async () => {
    const g = await openApp();
    const { page } = g;
    const sirte = await sirteId(page);
    const length = await page.evaluate(() => history.length);
    const states = [await stateOf(page)];
    await page.locator('.source-item[data-source-id="aljazeera"] input[type="checkbox"]').uncheck();
    await settled(page);
    states.push(await stateOf(page));
    await page.getByRole("button", { name: "Previous date with claims" }).click();
    await settled(page);
    states.push(await stateOf(page));
    await page.locator(`#map .claim-chip[data-place-id="${sirte}"]`).first().click();
    await page.waitForTimeout(900); // a marker off-centre may fly into view
    await settled(page);
    states.push(await stateOf(page));
    expect(states[3]!.selection).toEqual({ kind: "place", id: sirte });
    expect(await page.evaluate(() => history.length)).toBe(length + 3);

    const rounded = (s: PermalinkState) => ({ ...s, view: { zoom: s.view.zoom, lat: s.view.lat.toFixed(2), lon: s.view.lon.toFixed(2) } });
    for (const i of [2, 1, 0]) {
      await page.evaluate(() => history.back());
      await page.waitForFunction((n) => window.__app!.store!.getState().sources.length === n, states[i]!.sources.length);
      await page.waitForTimeout(200);
      expect(rounded(await stateOf(page))).toEqual(rounded(states[i]!));
      const checked = await page.locator('.source-item[data-source-id="aljazeera"] input[type="checkbox"]').isChecked();
      expect(checked).toBe(i === 0);
      expect(await page.locator("#map .claim-chip.is-selected").count()).toBe(0);
    }
    const centre = await page.evaluate(() => window.__app!.map.getCenter());
    expect(centre.lat).toBeCloseTo(states[0]!.view.lat, 2);
    for (const i of [1, 2, 3]) {
      await page.evaluate(() => history.forward());
      await page.waitForFunction((d) => window.__app!.store!.getState().date === d && window.__app!.store!.getState().sources.length < 5, states[i]!.date);
      await page.waitForTimeout(200);
      expect(rounded(await stateOf(page))).toEqual(rounded(states[i]!));
    }
    expect(await page.locator(`#map .claim-chip.is-selected[data-place-id="${sirte}"]`).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => history.length)).toBe(length + 3);
    expectNoErrors(g);
  });

  it("Back and Forward to a claim the map flew to lands on that entry's view, not mid-flight", async () => {
    const g = await openApp();
    const { page } = g;
    const sirte = await sirteId(page);
    const start = await stateOf(page);
    await page.locator(`#map .claim-chip[data-place-id="${sirte}"][data-source-id="aljazeera"]`).click();
    await page.locator("#panel .claim-card").first().getByRole("button", { name: "Show in the article" }).click();
    await page.waitForTimeout(1000); // the flight to the claim (0.6 s)
    expect((await stateOf(page)).view.zoom).toBeGreaterThanOrEqual(8);
    // Then the reader looks around: that entry's view is now elsewhere than where the flight ended.
    await page.evaluate(() => window.__app!.map.setView([30.2, 18.1], 7, { animate: false }));
    await settled(page);
    const reading = await stateOf(page);
    expect(reading.selection?.kind).toBe("claim");
    expect(reading.view.zoom).toBe(7);
    await page.locator('#panel [data-panel="sources"], #tab-sources').first().click();
    await settled(page);

    // Three entries: the marker (a place), the claim, the Sources tab. Back to the start:
    await page.evaluate(() => history.go(-3));
    await page.waitForFunction(() => window.__app!.store!.getState().panel === null);
    await page.waitForTimeout(1000);
    expectSameView((await stateOf(page)).view, start.view);
    await page.evaluate(() => history.go(2));
    await page.waitForFunction(() => window.__app!.store!.getState().selection?.kind === "claim");
    await page.waitForTimeout(1000); // a flight the selection started would have moved the map by now
    const back = await stateOf(page);
    expect(back.panel).toBe("reader");
    expectSameView(back.view, reading.view);
    const centre = await page.evaluate(() => ({ zoom: window.__app!.map.getZoom(), ...window.__app!.map.getCenter() }));
    expectSameView({ zoom: centre.zoom, lat: centre.lat, lon: centre.lng }, reading.view);
    expectNoErrors(g);
  });

  it("opens a link to a place only the gazetteer knows (found with the search box) once the gazetteer is in", async () => {
    const probe = await openApp();
    const id = await probe.page.evaluate(async () => {
      const gazetteer = (await (await fetch("geo/gazetteer.json")).json()) as { entries?: { id: string }[] } | { id: string }[];
      const entries = Array.isArray(gazetteer) ? gazetteer : (gazetteer.entries ?? []);
      return entries.map((e) => e.id).find((e) => !window.__app!.data!.placeById.has(e) && /^[A-Za-z0-9_.:-]+$/.test(e)) ?? "";
    });
    expect(id).not.toBe("");
    const g = await openApp(`#v=1&sel=p:${id}&panel=claims`);
    await g.page.waitForFunction((want) => window.__app!.store!.getState().selection?.id === want, id);
    expect((await stateOf(g.page)).panel).toBe("claims");
    expect(await g.page.locator(".link-notice").count()).toBe(0);
    expect(new URL(g.page.url()).hash).toContain(`sel=p:${id}`);
    expectNoErrors(g);

    const unknown = await openApp("#v=1&sel=p:osm-n0&panel=claims");
    await unknown.page.locator(".link-notice li", { hasText: 'the selected place "osm-n0" is not in the data' }).waitFor();
    expect((await stateOf(unknown.page)).selection).toBeNull();
    expectNoErrors(unknown);
  });

  it("moving the map rewrites the link without adding history entries", async () => {
    const g = await openApp();
    const { page } = g;
    const length = await page.evaluate(() => history.length);
    const counts = await page.evaluate(async () => {
      let writes = 0;
      for (const method of ["pushState", "replaceState"] as const) {
        const original = history[method].bind(history);
        history[method] = (...args: Parameters<History["pushState"]>) => {
          writes++;
          original(...args);
        };
      }
      const map = window.__app!.map;
      const start = performance.now();
      for (let i = 0; i < 40; i++) {
        map.panBy([7, 3], { animate: false });
        await new Promise((r) => setTimeout(r, 20));
      }
      const elapsed = performance.now() - start;
      // Past the map's own easing back inside its bounds (250 ms) and one throttle interval.
      await new Promise((r) => setTimeout(r, 1000));
      return { writes, elapsed: elapsed + 1000 };
    });
    expect(counts.writes).toBeGreaterThanOrEqual(2);
    // One write at once, then at most one per 300 ms, and the last move written after the pause.
    expect(counts.writes).toBeLessThanOrEqual(Math.ceil(counts.elapsed / 300) + 1);
    expect(await page.evaluate(() => history.length)).toBe(length);
    const view = (await stateOf(page)).view;
    const hash = new URL(page.url()).hash;
    expect(hash).toContain(`map=${view.zoom}/${view.lat.toFixed(2)}/${view.lon.toFixed(2)}&`);
    expectNoErrors(g);
  });

  it("copies the link by hand where the clipboard is refused, from the keyboard", async () => {
    const g = await openApp("", () => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    const { page } = g;
    await page.locator("#language-toggle").focus();
    await page.keyboard.press("Tab");
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== "copy-link"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("copy-link");
    await page.keyboard.press("Enter");
    const field = page.locator(".copy-link__field");
    await field.waitFor();
    const value = await field.inputValue();
    expect(value.startsWith(inject("baseUrl"))).toBe(true);
    expect(new URL(value).hash).toMatch(/^#v=1&map=[\d.]+\/[\d.]+\/[\d.]+&date=\d{4}-\d\d-\d\d$/);
    expect(await page.evaluate(() => {
      const f = document.querySelector<HTMLInputElement>(".copy-link__field")!;
      return document.activeElement === f && f.readOnly && f.selectionStart === 0 && f.selectionEnd === f.value.length;
    })).toBe(true);
    expect(await page.locator(".copy-link__status").textContent()).toMatch(/^(Link copied|Press Ctrl\+C)/);
    await page.keyboard.press("Escape");
    expect(await field.isHidden()).toBe(true);
    expectNoErrors(g);
  });
});

/** Links that try everything; each must open a working app with a notice and run nothing. */
const HOSTILE: readonly { name: string; hash: string; expect?: Partial<PermalinkState> }[] = [
  { name: "a script tag", hash: "#<script>window.__xss=1</script>" },
  { name: "a script tag as a value", hash: "#v=1&panel=<script>window.__xss=1</script>&sel=p:<script>window.__xss=1</script>" },
  { name: "a javascript: URL", hash: "#javascript:window.__xss=1&lang=javascript:window.__xss=1&src=javascript:window.__xss=1", expect: { sources: [] } },
  { name: "an attribute break-out", hash: '#sel=c:"><img src=x onerror=window.__xss=1>&lang="><img src=x onerror=window.__xss=1>' },
  { name: "an encoded attribute break-out", hash: "#sel=p%3A%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E&%22%3E%3Csvg%20onload%3Dwindow.__xss%3D1%3E=1" },
  { name: "malformed percent-encoding", hash: "#map=%E0%A4%A&date=%&sel=%zz&src=%C0%AF" },
  { name: "50 KB of garbage", hash: `#${"x%00<>&=\u202e".repeat(5000)}` },
  { name: "repeated keys", hash: "#v=9&v=1&lang=xx&lang=ar&panel=nope&panel=reader&base=satellite&base=osm", expect: {} },
  { name: "out-of-range lat/lon/zoom", hash: "#map=99/123.4/-999", expect: {} },
  { name: "non-numeric lat/lon/zoom", hash: "#map=NaN/Infinity/1e999" },
  { name: "unknown sources and places", hash: "#src=bbc,__proto__,constructor&sel=p:osm-n0", expect: { sources: [] } },
  { name: "an unknown claim", hash: "#sel=c:no-such-claim&panel=reader", expect: { panel: "reader" } },
  { name: "dates outside the data", hash: "#date=1999-01-01", expect: {} },
  { name: "an impossible date", hash: "#date=2020-02-31&base=osm&base=osm", expect: { base: "osm" } },
];

describe("hostile links", () => {
  it.each(HOSTILE)("$name opens a working app with defaults and a notice, and runs nothing", async ({ hash, expect: differs }) => {
    const g = await openApp(hash);
    const { page } = g;
    const state = await stateOf(page);
    const defaults = await page.evaluate(() => {
      const d = window.__app!.data!;
      return { sources: [...d.sourceIds], date: d.span.to, minDate: d.span.from, selection: null, panel: null, language: "en", base: "offline" };
    });
    const { minDate, ...expected } = defaults;
    const actual = { sources: state.sources, date: state.date, selection: state.selection, panel: state.panel, language: state.language, base: state.base };
    if (hash.startsWith("#date=1999")) expected.date = minDate;
    expect(actual).toEqual({ ...expected, ...differs });
    expect(Number.isFinite(state.view.zoom) && Math.abs(state.view.lat) <= 85 && Math.abs(state.view.lon) <= 180).toBe(true);
    // A notice says what was ignored, as text.
    const notice = page.locator(".link-notice");
    expect(await notice.count()).toBe(1);
    expect(await page.locator(".link-notice-region").getAttribute("role")).toBe("status");
    expect(await notice.locator("li").count()).toBeGreaterThan(0);
    expect(await notice.evaluate((el) => el.querySelectorAll("*:not(p):not(ul):not(li):not(button)").length)).toBe(0);
    // Nothing ran and nothing from the link became markup.
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], script:not([type="module"])').count()).toBe(0);
    // The page is not blank: the base map and the panel are drawn, and the link is clean again.
    expect(await page.locator("#map path.basemap-libya").count()).toBe(1);
    expect(await page.locator("#panel .panel-tab").count()).toBe(5);
    const clean = new URL(page.url()).hash;
    expect(clean).toMatch(/^#v=1&map=\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?(&[a-z]+=[A-Za-z0-9_.:,-]+)*$/);
    expectNoErrors(g);
    if (hash.startsWith("#<script>")) await page.screenshot({ path: resolve(RESULTS, "permalink-hostile-notice.png") });
  });

  it("reads hostile links typed into the address bar of an open app, and the notice can be dismissed", async () => {
    const g = await openApp();
    const { page } = g;
    for (const { hash } of HOSTILE) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.waitForFunction(() => document.querySelector(".link-notice") !== null);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      await page.locator(".link-notice__close").click();
      expect(await page.locator(".link-notice").count()).toBe(0);
    }
    expect(await page.locator("#map .claim-chip").count()).toBeGreaterThanOrEqual(0);
    expect(await page.locator("#map path.basemap-libya").count()).toBe(1);
    expectNoErrors(g);
  });
});
