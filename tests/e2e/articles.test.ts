import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { localPlaceId } from "../../src/app/articles/local-place.ts";
import { type GuardedPage, launchChromium, openGuardedPage, waitForMapReady } from "./support/browser.ts";

const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../test-results");

/** Written for these tests, about a town no seed article names: Gharyan, June 2019. */
const GHARYAN =
  "أعلنت قوات حكومة الوفاق الوطني، الأربعاء، أنها سيطرت على مدينة غريان بالكامل بعد اشتباكات عنيفة مع قوات حفتر. " +
  "وقال المتحدث باسم عملية بركان الغضب إن القوات دخلت وسط المدينة، فيما انسحبت قوات حفتر نحو ترهونة.";
const OUTLET = "مرصد المتوسط";

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

async function openApp(before?: (g: GuardedPage) => Promise<void>, viewport?: { width: number; height: number }): Promise<GuardedPage> {
  guarded = await openGuardedPage(browser, inject("baseUrl"), viewport ? { viewport } : {});
  await before?.(guarded);
  await guarded.page.goto(inject("baseUrl"));
  await ready(guarded);
  return guarded;
}

async function ready(g: GuardedPage): Promise<void> {
  await waitForMapReady(g.page);
  await g.page.waitForFunction(() => document.documentElement.dataset.articlesReady === "true");
}

interface Article {
  text: string;
  outlet: string;
  date: string;
  url?: string;
}

async function fillForm(g: GuardedPage, a: Article): Promise<void> {
  await g.page.locator("#add-article-open").click();
  await g.page.locator("#add-article-text").fill(a.text);
  await g.page.locator("#add-article-outlet").fill(a.outlet);
  await g.page.locator("#add-article-date").fill(a.date);
  await g.page.locator("#add-article-url").fill(a.url ?? "");
  await g.page.locator(".add-article__submit").click();
}

/** Adds an article through the form and waits until its source is in the data. */
async function addArticle(g: GuardedPage, a: Article): Promise<string> {
  await fillForm(g, a);
  await g.page.waitForFunction((outlet) => window.__app!.data!.sources.some((s) => s.name.en === outlet), a.outlet);
  return g.page.evaluate((outlet) => window.__app!.data!.sources.find((s) => s.name.en === outlet)!.id, a.outlet);
}

function chipsOf(g: GuardedPage, sourceId: string): Promise<string[]> {
  return g.page.evaluate(
    (id) => [...document.querySelectorAll<HTMLElement>(`#map .claim-chip[data-source-id="${id}"]`)].map((el) => el.dataset.placeId ?? ""),
    sourceId,
  );
}

function gharyanId(g: GuardedPage): Promise<string | undefined> {
  return g.page.evaluate(() => [...window.__app!.data!.placeById.values()].find((p) => p.en === "Gharyan")?.id);
}

function expectNoErrors(g: GuardedPage): void {
  expect(g.blockedRequests).toEqual([]);
  expect(g.consoleErrors).toEqual([]);
  expect(g.pageErrors).toEqual([]);
}

describe("the analyst's own articles", () => {
  it("adds an article about Gharyan: its layer, colour key and reader appear, and it is still there after a reload", async () => {
    const g = await openApp();
    expect(await gharyanId(g)).toBeUndefined();
    const sourceId = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26", url: "https://example.org/gharyan" });
    const gharyan = await gharyanId(g);
    expect(gharyan).toBeDefined();
    // The reader opens on the new article's first claim.
    await g.page.locator("#panel .reader__text mark.is-selected").first().waitFor();
    expect(await g.page.locator("#panel .reader__text").textContent()).toBe(GHARYAN);
    await g.page.evaluate(() => window.__app!.store!.getState().setDate("2019-06-27"));
    expect(await chipsOf(g, sourceId)).toContain(gharyan);
    await g.page.evaluate(() => window.__app!.store!.getState().openPanel("sources"));
    const item = g.page.locator(`.source-item[data-source-id="${sourceId}"]`);
    expect(await item.locator(".source-item__name").textContent()).toBe(OUTLET);
    expect(await item.locator(".source-key").evaluate((el) => getComputedStyle(el).borderColor)).not.toBe("");
    await g.page.screenshot({ path: resolve(RESULTS, "articles-added.png") });

    await g.page.reload();
    await ready(g);
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(true);
    await g.page.evaluate(() => window.__app!.store!.getState().setDate("2019-06-27"));
    expect(await chipsOf(g, sourceId)).toContain(gharyan);
    expectNoErrors(g);
  });

  it("takes part in disagreements with the seed sources", async () => {
    const g = await openApp();
    // A claim about Sirte against the seeds' June 2020 reports: the LNA holds Sirte, says this outlet.
    const sourceId = await addArticle(g, {
      text: "أكدت قوات حكومة الوفاق أنها سيطرت على مدينة سرت بالكامل، بعد معارك عنيفة مع قوات حفتر.",
      outlet: "Test Wire",
      date: "2020-06-06",
    });
    const involved = await g.page.evaluate((id) => {
      const data = window.__app!.data!;
      return data.claims.filter((c) => c.sourceId === id).map((c) => c.placeIds[0]);
    }, sourceId);
    expect(involved.length).toBeGreaterThan(0);
    await g.page.evaluate(() => window.__app!.store!.getState().setDate("2020-06-06"));
    await g.page.evaluate(() => window.__app!.store!.getState().openPanel("disagreements"));
    const whos = await g.page.locator("#panel .disagreement__who").allTextContents();
    expect(whos.some((w) => w.startsWith("Test Wire"))).toBe(true);
    expectNoErrors(g);
  });

  it("reads a long article in the worker: the page stays responsive, a progress indicator shows, and Cancel stops it", async () => {
    const g = await openApp();
    // About 1.7 MB of UTF-8, under the 2 MB limit: seconds of engine work.
    const long = `${GHARYAN} `.repeat(4200);
    await g.page.locator("#add-article-open").click();
    await g.page.locator("#add-article-text").evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
    }, long);
    await g.page.locator("#add-article-outlet").fill(OUTLET);
    await g.page.locator("#add-article-date").fill("2019-06-26");
    await g.page.locator(".add-article__submit").click();
    await g.page.locator(".add-article__progress").waitFor({ state: "visible" });
    // The main thread answers at once while the engine works.
    const lag = await g.page.evaluate(() => new Promise<number>((done) => {
      const t0 = performance.now();
      setTimeout(() => done(performance.now() - t0), 0);
    }));
    expect(lag).toBeLessThan(200);
    expect(await g.page.locator(".add-article__submit").isDisabled()).toBe(true);
    await g.page.locator(".add-article__cancel").click();
    expect(await g.page.locator(".add-article__status").textContent()).toBe("Cancelled; nothing was added.");
    expect(await g.page.locator(".add-article__progress").isHidden()).toBe(true);
    expect(await g.page.evaluate(() => window.__app!.data!.sources.length)).toBe(5);
    // A new worker takes the next article.
    await g.page.locator("#add-article-text").fill(GHARYAN);
    await g.page.locator(".add-article__submit").click();
    await g.page.waitForFunction(() => window.__app!.data!.sources.length === 6);
    expectNoErrors(g);
  });

  it("fits its buttons, form and review panel on a phone-sized screen", async () => {
    const g = await openApp(undefined, { width: 390, height: 844 });
    for (const id of ["#add-article-open", "#review-open", "#project-io summary"]) expect(await g.page.locator(id).isVisible()).toBe(true);
    const overflow = () => g.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await g.page.locator("#add-article-open").click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await g.page.screenshot({ path: resolve(RESULTS, "articles-form-390.png") });
    await g.page.locator(".add-article__close").click();
    await g.page.locator("#review-open").click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await g.page.screenshot({ path: resolve(RESULTS, "articles-review-390.png") });
    expectNoErrors(g);
  });

  it("speaks Arabic with the rest of the app: the form and its messages, right to left", async () => {
    const g = await openApp();
    await g.page.locator("#language-toggle").click();
    expect(await g.page.locator("#add-article-open").textContent()).toBe("إضافة مقال");
    await g.page.locator("#add-article-open").click();
    expect(await g.page.locator("dialog.add-article").getAttribute("dir")).toBe("rtl");
    await g.page.locator(".add-article__submit").click();
    expect(await g.page.locator("#add-article-text-problem").textContent()).toBe("الصق نص المقال.");
    await g.page.locator(".add-article__close").click();
    await g.page.locator("#review-open").click();
    expect(await g.page.locator("#review-panel").getAttribute("dir")).toBe("rtl");
    expect(await g.page.locator("#review-panel .review-action").first().textContent()).toBe("قبول");
    await g.page.screenshot({ path: resolve(RESULTS, "articles-review-ar.png") });
    expectNoErrors(g);
  });

  it("refuses an empty form, a date in the future and a javascript: link, with a message for each", async () => {
    const g = await openApp();
    await g.page.locator("#add-article-open").click();
    await g.page.locator(".add-article__submit").click();
    expect(await g.page.locator("#add-article-text-problem").textContent()).toBe("Paste the article's text.");
    expect(await g.page.locator("#add-article-outlet-problem").textContent()).toContain("Name the outlet");
    expect(await g.page.locator("#add-article-date-problem").textContent()).toBe("Give the publication date.");
    await g.page.locator(".add-article__close").click();
    await fillForm(g, { text: GHARYAN, outlet: OUTLET, date: "2999-01-01", url: "javascript:alert(1)" });
    expect(await g.page.locator("#add-article-date-problem").textContent()).toBe("The publication date is in the future.");
    expect(await g.page.locator("#add-article-url-problem").textContent()).toBe("Only http and https links are accepted.");
    expect(await g.page.evaluate(() => window.__app!.data!.sources.length)).toBe(5);
    expectNoErrors(g);
  });

  it("shows hostile article text and a hostile outlet name as text: no script runs", async () => {
    const g = await openApp();
    const outlet = `<img src=x onerror="window.__xss=1">`;
    const text = `<script>window.__xss=2</script><img src=x onerror="window.__xss=3"> ${GHARYAN}`;
    const sourceId = await addArticle(g, { text, outlet, date: "2019-06-26" });
    await g.page.locator("#panel .reader__text mark.is-selected").first().waitFor();
    expect(await g.page.locator("#panel .reader__text").textContent()).toBe(text);
    expect(await g.page.locator("#panel .reader__text img, #panel .reader__text script").count()).toBe(0);
    await g.page.evaluate(() => window.__app!.store!.getState().openPanel("sources"));
    expect(await g.page.locator(`.source-item[data-source-id="${sourceId}"] .source-item__name`).textContent()).toBe(outlet);
    await g.page.locator("#add-article-open").click();
    expect(await g.page.locator(".add-article__mine-name").first().textContent()).toBe(outlet);
    await g.page.reload();
    await ready(g);
    await g.page.evaluate(() => window.__app!.store!.getState().openPanel("sources"));
    expect(await g.page.locator(`.source-item[data-source-id="${sourceId}"] .source-item__name`).textContent()).toBe(outlet);
    expect(await g.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await g.page.locator("img[src='x']").count()).toBe(0);
    // The broken image would have been requested from the local server: nothing was.
    expectNoErrors(g);
  });

  it("deletes an article with undo, and an undone deletion survives a reload", async () => {
    const g = await openApp();
    const sourceId = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26" });
    await g.page.locator("#add-article-open").click();
    await g.page.locator(".add-article__delete").click();
    await g.page.locator(".add-article__close").click();
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(false);
    expect(await g.page.locator("#library-notice .library-notice__message").textContent()).toContain(OUTLET);
    await g.page.locator("#library-notice .library-notice__undo").click();
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(true);
    await g.page.reload();
    await ready(g);
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(true);

    // Deleted and not undone: gone after a reload too.
    await g.page.locator("#add-article-open").click();
    await g.page.locator(".add-article__delete").click();
    await g.page.locator(".add-article__close").click();
    await g.page.waitForFunction((id) => !window.__app!.data!.sourceIds.includes(id), sourceId);
    await g.page.reload();
    await ready(g);
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(false);
    expectNoErrors(g);
  });

  it("works in memory, and says so, when the browser refuses IndexedDB", async () => {
    const g = await openApp(async (page) => {
      await page.context.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException("The user denied permission to access the database.", "SecurityError");
        };
      });
    });
    expect(await g.page.locator("#library-notice .library-notice__message").textContent()).toContain("cannot be kept in this browser");
    const sourceId = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26" });
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(true);
    expectNoErrors(g);
  });

  it("keeps what was stored, and the new article in the page, when a write fails (quota)", async () => {
    const g = await openApp();
    const first = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26" });
    await g.page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("quota", "QuotaExceededError");
      };
    });
    const second = await addArticle(g, { text: GHARYAN, outlet: "Second Outlet", date: "2019-06-27" });
    expect(await g.page.locator("#library-notice .library-notice__message").textContent()).toContain("storage for this site is full");
    expect(await g.page.evaluate(() => window.__app!.data!.sourceIds.filter((id) => id.startsWith("mine-")).length)).toBe(2);
    await g.page.screenshot({ path: resolve(RESULTS, "articles-quota.png") });
    await g.page.reload();
    await ready(g);
    const ids = await g.page.evaluate(() => window.__app!.data!.sourceIds);
    expect(ids).toContain(first);
    expect(ids).not.toContain(second);
    expectNoErrors(g);
  });
});

/** Written for these tests: a wadi no gazetteer knows, which the GNA entered. */
const WADI = "وادي الزقزوق";
const WITH_UNKNOWN_PLACE = `أعلنت قوات حكومة الوفاق أنها سيطرت على مدينة غريان بعد انسحاب قوات حفتر منها. وقالت إن قواتها دخلت منطقة ${WADI} صباح اليوم.`;

async function openReview(g: GuardedPage): Promise<void> {
  if ((await g.page.locator("#review-panel").isHidden())) await g.page.locator("#review-open").click();
}

async function pickArticle(g: GuardedPage, articleId: string): Promise<void> {
  await g.page.locator(".review-panel__picker").selectOption(articleId);
}

describe("reviewing claims", () => {
  it("keeps a rejected seed claim off the map and in the record, and a placed name on the map, after a reload", async () => {
    const g = await openApp();
    // A seed claim: review works the same on the seeds.
    const seed = await g.page.evaluate(() => {
      const a = window.__app!.data!.articles.find((x) => x.sourceId === "aljazeera")!;
      return { articleId: a.id, claimId: a.claims[0]!.id };
    });
    await openReview(g);
    await pickArticle(g, seed.articleId);
    await g.page.locator(`.review-claim[data-claim-id="${seed.claimId}"] .review-action`, { hasText: "Reject" }).click();
    await g.page.waitForFunction((id) => !window.__app!.data!.claimById.has(id), seed.claimId);
    expect(await g.page.locator(`.review-claim[data-claim-id="${seed.claimId}"]`).getAttribute("data-review")).toBe("rejected");
    expect(await g.page.locator(`#map .claim-chip[data-claim-ids~="${seed.claimId}"]`).count()).toBe(0);

    // An analyst article naming a wadi the gazetteer does not know: place it with a click.
    await g.page.locator("#review-open").click();
    const sourceId = await addArticle(g, { text: WITH_UNKNOWN_PLACE, outlet: OUTLET, date: "2019-06-28" });
    const articleId = await g.page.evaluate((id) => window.__app!.data!.articles.find((a) => a.sourceId === id)!.id, sourceId);
    await openReview(g);
    await pickArticle(g, articleId);
    const item = g.page.locator(`.review-unresolved__item[data-name="${WADI}"]`);
    await item.locator(".review-unresolved__place").click();
    // Inland, away from every marker: a click on a marker is the marker's, not the map's.
    await g.page.evaluate(() => window.__app!.map.setView([30.5, 12.0], 9, { animate: false }));
    const box = (await g.page.locator("#map").boundingBox())!;
    await g.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await g.page.waitForFunction((name) => [...window.__app!.data!.placeById.values()].some((p) => p.ar === name), WADI);
    expect(await g.page.locator("#map .local-place").count()).toBe(1);
    // Read again with the placed name: the claim it carries is now in the review list too.
    await g.page.locator(".review-claim").nth(2).waitFor();
    expect(await item.locator(".review-unresolved__where").textContent()).toMatch(/placed at 30\.5\d*, 12\.0\d*/);
    await g.page.screenshot({ path: resolve(RESULTS, "articles-review.png") });

    await g.page.reload();
    await ready(g);
    expect(await g.page.evaluate((id) => window.__app!.data!.claimById.has(id), seed.claimId)).toBe(false);
    const placed = await g.page.evaluate((name) => [...window.__app!.data!.placeById.values()].find((p) => p.ar === name), WADI);
    expect(placed?.lat).toBeCloseTo(30.5, 1);
    expect(placed?.lon).toBeCloseTo(12.0, 1);
    expect(await g.page.locator("#map .local-place").count()).toBe(1);
    expect(await g.page.locator(`#map .place-label span[data-place-id="${placed?.id}"]`).textContent()).toBe(WADI);
    await openReview(g);
    await pickArticle(g, seed.articleId);
    expect(await g.page.locator(`.review-claim[data-claim-id="${seed.claimId}"]`).getAttribute("data-review")).toBe("rejected");
    expectNoErrors(g);
  });

  it("gives an unresolved name the position of a gazetteer place picked by search", async () => {
    const g = await openApp();
    const sourceId = await addArticle(g, { text: WITH_UNKNOWN_PLACE, outlet: OUTLET, date: "2019-06-28" });
    const articleId = await g.page.evaluate((id) => window.__app!.data!.articles.find((a) => a.sourceId === id)!.id, sourceId);
    const gharyan = (await g.page.evaluate(() => [...window.__app!.data!.placeById.values()].find((p) => p.en === "Gharyan")))!;
    await openReview(g);
    await pickArticle(g, articleId);
    const item = g.page.locator(`.review-unresolved__item[data-name="${WADI}"]`);
    await item.locator(".review-pick summary").click();
    await item.locator(".review-pick__query").fill("غريان");
    await item.locator(`.review-pick__result[data-place-id="${gharyan.id}"]`).click();
    await g.page.waitForFunction((name) => [...window.__app!.data!.placeById.values()].some((p) => p.ar === name), WADI);
    const placed = await g.page.evaluate((name) => [...window.__app!.data!.placeById.values()].find((p) => p.ar === name)!, WADI);
    expect(placed.lat).toBeCloseTo(gharyan.lat, 5);
    expect(placed.lon).toBeCloseTo(gharyan.lon, 5);
    expectNoErrors(g);
  });

  it("marks an accepted claim as analyst-confirmed on the map, and applies a correction", async () => {
    const g = await openApp();
    const sourceId = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26" });
    const { articleId, claimId } = await g.page.evaluate((id) => {
      const a = window.__app!.data!.articles.find((x) => x.sourceId === id)!;
      return { articleId: a.id, claimId: a.claims.find((c) => c.action === "captured")!.id };
    }, sourceId);
    await g.page.evaluate(() => window.__app!.store!.getState().setDate("2019-06-27"));
    await openReview(g);
    await pickArticle(g, articleId);
    const chip = g.page.locator(`#map .claim-chip[data-source-id="${sourceId}"]`).first();
    expect(await chip.getAttribute("data-review")).toBe("machine");
    for (const c of await g.page.evaluate((id) => window.__app!.data!.articles.find((a) => a.id === id)!.claims.map((x) => x.id), articleId)) {
      await g.page.locator(`.review-claim[data-claim-id="${c}"] .review-action`, { hasText: "Accept" }).click();
    }
    await g.page.waitForFunction((id) => document.querySelector(`#map .claim-chip[data-source-id="${id}"]`)?.getAttribute("data-review") === "confirmed", sourceId);

    const claim = g.page.locator(`.review-claim[data-claim-id="${claimId}"]`);
    await claim.locator(".review-action", { hasText: "Correct" }).click();
    await claim.locator(".review-correct select").first().selectOption("LNA");
    await claim.locator(".review-correct input[type=date]").fill("2019-06-25");
    await claim.locator(".review-correct button[type=submit]").click();
    await g.page.waitForFunction((id) => window.__app!.data!.claimById.get(id)?.claim.actor === "LNA", claimId);
    expect(await g.page.evaluate((id) => window.__app!.data!.claimById.get(id)!.claim.time.iso, claimId)).toBe("2019-06-25");
    expect(await claim.getAttribute("data-review")).toBe("corrected");
    expectNoErrors(g);
  });
});

async function exportFile(g: GuardedPage, kind: "geojson" | "csv" | "project"): Promise<{ name: string; text: string }> {
  await g.page.locator("#project-io summary").click();
  const [download] = await Promise.all([g.page.waitForEvent("download"), g.page.locator(`.project-io__export[data-export="${kind}"]`).click()]);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

async function importFile(g: GuardedPage, name: string, buffer: Buffer): Promise<string> {
  // Playwright passes buffers up to 50 MB; larger files go through the disk.
  if (buffer.length >= 50 * 1024 * 1024) {
    const path = resolve(RESULTS, name);
    writeFileSync(path, buffer);
    await g.page.locator("#project-import").setInputFiles(path);
  } else {
    await g.page.locator("#project-import").setInputFiles({ name, mimeType: "application/json", buffer });
  }
  const message = g.page.locator("#library-notice .library-notice__message");
  await message.waitFor();
  return (await message.textContent()) ?? "";
}

/** What must survive a move between browsers: sources, claims (with what they say) and reviews. */
function snapshot(g: GuardedPage): Promise<{ sources: string[]; claims: string[]; reviews: string[] }> {
  return g.page.evaluate(() => {
    const d = window.__app!.data!;
    return {
      sources: d.sources.map((s) => `${s.id}|${s.name.en}`),
      claims: [...d.claimById.values()].map((r) => `${r.claim.id}|${r.claim.actor}|${r.claim.action}|${r.claim.placeIds[0]}|${r.claim.time.iso}`).sort(),
      reviews: [...document.querySelectorAll<HTMLElement>("#map .claim-chip")].map((c) => `${c.dataset.claimIds}|${c.dataset.review}`).sort(),
    };
  });
}

describe("export and import", () => {
  it("moves the analyst's articles, reviews and places to a fresh browser profile through a project file", async () => {
    const g = await openApp();
    const sourceId = await addArticle(g, { text: WITH_UNKNOWN_PLACE, outlet: OUTLET, date: "2019-06-28" });
    const claims = await g.page.evaluate((id) => window.__app!.data!.articles.find((a) => a.sourceId === id)!.claims.map((c) => c.id), sourceId);
    const articleId = await g.page.evaluate((id) => window.__app!.data!.articles.find((a) => a.sourceId === id)!.id, sourceId);
    await openReview(g);
    await pickArticle(g, articleId);
    await g.page.locator(`.review-claim[data-claim-id="${claims[0]}"] .review-action`, { hasText: "Accept" }).click();
    await g.page.locator(`.review-claim[data-claim-id="${claims[1]}"] .review-action`, { hasText: "Reject" }).click();
    await g.page.locator(`.review-unresolved__item[data-name="${WADI}"] .review-unresolved__place`).click();
    await g.page.evaluate(() => window.__app!.map.setView([30.5, 12.0], 9, { animate: false }));
    const box = (await g.page.locator("#map").boundingBox())!;
    await g.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await g.page.waitForFunction((name) => [...window.__app!.data!.placeById.values()].some((p) => p.ar === name), WADI);
    await g.page.locator("#review-open").click();
    await g.page.evaluate(() => window.__app!.store!.getState().setDate("2019-06-28"));
    const before = await snapshot(g);
    expect(before.reviews.some((r) => r.endsWith("|confirmed"))).toBe(true);

    const project = await exportFile(g, "project");
    expect(project.name).toBe("project.json");
    const geojson = JSON.parse((await exportFile(g, "geojson")).text);
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features.find((f: { id: string }) => f.id === claims[0]).properties.reviewState).toBe("accepted");
    expect(geojson.features.some((f: { id: string }) => f.id === claims[1])).toBe(false);
    const csv = (await exportFile(g, "csv")).text;
    expect(csv.split("\r\n")[0]).toMatch(/^event_id,event_date,.*,review_state$/);
    await g.close();

    // A fresh profile: nothing stored, then the project file.
    const fresh = await openApp();
    expect(await fresh.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(false);
    const message = await importFile(fresh, "project.json", Buffer.from(project.text));
    expect(message).toMatch(/^Imported 1 article\(s\), 2 review\(s\) and 1 place\(s\)/);
    await fresh.page.waitForFunction((name) => [...window.__app!.data!.placeById.values()].some((p) => p.ar === name), WADI);
    await fresh.page.evaluate(() => window.__app!.store!.getState().setDate("2019-06-28"));
    expect(await snapshot(fresh)).toEqual(before);
    // Importing the same file again adds nothing.
    expect(await importFile(fresh, "project.json", Buffer.from(project.text))).toMatch(/^Imported 0 article\(s\), 0 review\(s\) and 0 place\(s\); 4 already here/);
    await fresh.page.reload();
    await ready(fresh);
    await fresh.page.evaluate(() => window.__app!.store!.getState().setDate("2019-06-28"));
    expect(await snapshot(fresh)).toEqual(before);
    expectNoErrors(fresh);
  });

  it("imports claims from an exported GeoJSON into a fresh profile, leaving out the seeds' claims it already has", async () => {
    const g = await openApp();
    const sourceId = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26" });
    const ours = await g.page.evaluate((id) => window.__app!.data!.claims.filter((c) => c.sourceId === id).map((c) => `${c.actor}|${c.action}|${c.placeIds[0]}|${c.time.iso}`).sort(), sourceId);
    const geojson = await exportFile(g, "geojson");
    await g.close();

    const fresh = await openApp();
    const claimsBefore = await fresh.page.evaluate(() => window.__app!.data!.claims.length);
    expect(await importFile(fresh, "claims.geojson", Buffer.from(geojson.text))).toMatch(/^Imported 1 article\(s\)/);
    await fresh.page.waitForFunction((n) => window.__app!.data!.claims.length === n, claimsBefore + ours.length);
    const imported = await fresh.page.evaluate((id) => window.__app!.data!.claims.filter((c) => c.sourceId === id).map((c) => `${c.actor}|${c.action}|${c.placeIds[0]}|${c.time.iso}`).sort(), sourceId);
    expect(imported).toEqual(ours);
    expect(await fresh.page.evaluate((id) => window.__app!.data!.sourceName(id, "en"), sourceId)).toBe(OUTLET);
    expectNoErrors(fresh);
  });

  it("refuses hostile and broken files with a clear message, runs no script and changes nothing", async () => {
    const g = await openApp();
    const sourceId = await addArticle(g, { text: GHARYAN, outlet: OUTLET, date: "2019-06-26" });
    const project = JSON.parse((await exportFile(g, "project")).text);
    const before = await snapshot(g);
    const withName = (outlet: string) => {
      const copy = structuredClone(project);
      copy.articles[0].outlet = outlet;
      return Buffer.from(JSON.stringify(copy));
    };
    const cases: [string, Buffer, RegExp][] = [
      ["broken.json", Buffer.from('{"format": "libya-control-claims/project", '), /not valid JSON/],
      ["list.json", Buffer.from("[1, 2, 3]"), /not a JSON object/],
      ["script.json", withName(`<img src=x onerror="window.__xss=1">`), /HTML or script/],
      ["proto.json", Buffer.from(JSON.stringify(project).replace('"articles":[', '"__proto__":{"polluted":1},"articles":[')), /"__proto__"/],
      ["constructor.json", Buffer.from(JSON.stringify(project).replace('"articles":[{', '"articles":[{"constructor":{"prototype":{"polluted":1}},')), /"constructor"/],
      ["far.json", Buffer.from(JSON.stringify({ ...project, places: [{ id: localPlaceId("x"), name: "x", lat: 95, lon: 13, at: "2026-01-01T00:00:00Z" }] })), /out of range/],
      ["huge.json", Buffer.alloc(50 * 1024 * 1024, 0x20), /50\.0 MB/],
    ];
    for (const [name, buffer, expected] of cases) {
      const message = await importFile(g, name, buffer);
      expect(message).toMatch(expected);
      expect(message).toMatch(/Nothing was changed\.$/);
      expect(await g.page.locator("#library-notice .library-notice__message").getAttribute("role")).toBe("alert");
      await g.page.locator("#library-notice .library-notice__dismiss").click();
    }
    rmSync(resolve(RESULTS, "huge.json"), { force: true });
    expect(await snapshot(g)).toEqual(before);
    expect(await g.page.evaluate(() => [(window as { __xss?: unknown }).__xss, ({} as { polluted?: unknown }).polluted])).toEqual([undefined, undefined]);
    await g.page.reload();
    await ready(g);
    expect(await g.page.evaluate((id) => window.__app!.data!.sourceIds.includes(id), sourceId)).toBe(true);
    expectNoErrors(g);
  });
});
