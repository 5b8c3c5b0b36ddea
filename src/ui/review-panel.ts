import type * as L from "leaflet";
import { formatDate, placeName } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { ARTICLE_STRINGS } from "../app/articles/article-strings.ts";
import type { Library } from "../app/articles/library.ts";
import { localPlaceOf } from "../app/articles/local-place.ts";
import { type ClaimReview, reviewStateOf } from "../app/articles/review.ts";
import { unresolvedNames } from "../app/articles/unresolved-names.ts";
import type { GazetteerEntry } from "../core/gazetteer/types.ts";
import type { ArticleOut, ClaimOut, PlaceRef } from "../core/output/extraction-document.ts";
import type { ActorId, ClaimAction } from "../core/types.ts";
import type { AppStore } from "../state/store.ts";
import { arabic, element } from "./element.ts";
import { isolatedString, isolatedText } from "./isolated-text.ts";
import type { Unmount } from "./panel-context.ts";

export interface ReviewPanelOptions {
  readonly library: Library;
  readonly store: AppStore;
  readonly map: L.Map;
  /** Every article (seed or analyst) as the engine read it, before any review. */
  readonly articles: () => readonly ArticleOut[];
  /** The article as first read, before the analyst's places: where its unresolved names are. */
  readonly firstReading: (article: ArticleOut) => ArticleOut;
  readonly sourceName: (sourceId: string) => string;
  /** Gazetteer search, for giving an unresolved name a known place's position. */
  readonly searchGazetteer: (query: string) => Promise<readonly GazetteerEntry[]>;
  /** Places a correction may move a claim to: the article's own and the analyst's. */
  readonly placesFor: (article: ArticleOut) => readonly PlaceRef[];
}

/**
 * Review of one article at a time: each claim accepted, rejected or corrected; each unresolved
 * place name placed by a click on the map. A panel over the side panel (not modal), so the map
 * stays usable for placing. Works the same on seed and analyst articles.
 */
export function mountReviewPanel(buttonSlot: HTMLElement, options: ReviewPanelOptions): { readonly refresh: () => void; readonly unmount: Unmount } {
  const { library, store, map } = options;
  const words = () => ARTICLE_STRINGS[store.getState().language];
  const toggle = element("button", "review-open", words().review);
  toggle.type = "button";
  toggle.id = "review-open";
  toggle.setAttribute("aria-expanded", "false");
  const panel = element("section", "review-panel");
  panel.id = "review-panel";
  panel.hidden = true;

  buttonSlot.append(toggle);
  document.body.append(panel);

  let articleId: string | null = null;
  let correcting: string | null = null;
  let placing: { name: string; cancel: () => void } | null = null;

  const currentArticle = (): ArticleOut | undefined => {
    const articles = options.articles();
    const selection = store.getState().selection;
    if (articleId === null && selection?.kind === "claim") articleId = articles.find((a) => a.claims.some((c) => c.id === selection.id))?.id ?? null;
    return articles.find((a) => a.id === articleId) ?? articles[0];
  };

  const stopPlacing = (): void => {
    placing?.cancel();
    placing = null;
  };

  const startPlacing = (name: string): void => {
    stopPlacing();
    const onClick = (e: L.LeafletMouseEvent): void => {
      stopPlacing();
      void library.placeName(localPlaceOf(name, e.latlng.lat, e.latlng.lng, new Date().toISOString()));
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === "Escape") {
        stopPlacing();
        render();
      }
    };
    map.once("click", onClick);
    document.addEventListener("keydown", onKey);
    map.getContainer().classList.add("is-placing");
    placing = {
      name,
      cancel: () => {
        map.off("click", onClick);
        document.removeEventListener("keydown", onKey);
        map.getContainer().classList.remove("is-placing");
      },
    };
    render();
  };

  const render = (): void => {
    toggle.textContent = words().review;
    if (panel.hidden) return;
    const w = words();
    const lang = store.getState().language;
    panel.lang = lang;
    panel.dir = lang === "ar" ? "rtl" : "ltr";
    panel.setAttribute("aria-label", w.review);
    const article = currentArticle();
    const heading = element("h2", "review-panel__heading", w.review);
    const close = element("button", "link-button review-panel__close", w.close);
    close.type = "button";
    close.addEventListener("click", () => setOpen(false));
    const picker = element("select", "review-panel__picker");
    picker.setAttribute("aria-label", w.reviewArticle);
    for (const a of options.articles()) {
      const option = element("option", undefined, `${isolatedString(options.sourceName(a.sourceId))} · ${a.published.iso}`);
      option.value = a.id;
      option.selected = a.id === article?.id;
      picker.append(option);
    }
    picker.addEventListener("change", () => {
      articleId = picker.value;
      correcting = null;
      render();
    });
    const head = element("div", "review-panel__head");
    head.append(heading, close);
    if (article === undefined) {
      panel.replaceChildren(head, picker);
      return;
    }
    const reviews = library.getState().reviews;
    const claims = element("ol", "review-claims");
    for (const c of article.claims) claims.append(claimItem(article, c, reviews.get(c.id)));
    if (article.claims.length === 0) claims.append(element("li", "panel-empty", w.noClaims));
    const names = unresolvedNames(options.firstReading(article));
    const places = library.getState().places;
    const unresolved = element("ul", "review-unresolved");
    for (const u of names) {
      const item = element("li", "review-unresolved__item");
      item.dataset.name = u.name;
      const placed = [...places.values()].find((p) => p.name === u.name);
      const name = arabic("span", "review-unresolved__name", "");
      name.append(isolatedText(u.name));
      const where = element("span", "review-unresolved__where", placed ? w.placedAt(placed.lat.toFixed(3), placed.lon.toFixed(3)) : w.notInGazetteer(u.cue));
      const place = element("button", "link-button review-unresolved__place", placing?.name === u.name ? w.clickTheMap : placed ? w.move : w.placeOnMap);
      place.type = "button";
      place.addEventListener("click", () => (placing?.name === u.name ? (stopPlacing(), render()) : startPlacing(u.name)));
      item.append(name, where, place, " ", pickFromGazetteer(u.name));
      unresolved.append(item);
    }
    panel.replaceChildren(
      head,
      picker,
      element("p", "review-panel__key", w.confirmedKey),
      element("h3", "review-panel__subheading", w.claimsHeading(article.claims.length)),
      claims,
      element("h3", "review-panel__subheading", w.unresolvedHeading(names.length)),
      names.length > 0 ? unresolved : element("p", "panel-empty", w.allFound),
    );
  };

  /** "Or pick a gazetteer place": the name becomes a local entry at that place's position. */
  const pickFromGazetteer = (name: string): HTMLElement => {
    const details = element("details", "review-pick");
    details.append(element("summary", "link-button", words().pickGazetteer));
    const input = element("input", "review-pick__query");
    input.type = "search";
    input.setAttribute("aria-label", `Gazetteer place for ${isolatedString(name)}`);
    const results = element("ul", "review-pick__results");
    let asked = "";
    input.addEventListener("input", () => {
      const query = input.value.trim();
      asked = query;
      if (query.length < 2) {
        results.replaceChildren();
        return;
      }
      options
        .searchGazetteer(query)
        .then((entries) => {
          if (asked !== query) return;
          results.replaceChildren(
            ...entries.slice(0, 6).map((e) => {
              const li = element("li");
              const b = element("button", "link-button review-pick__result", `${e.en} · ${e.ar} · ${e.kind}`);
              b.type = "button";
              b.dataset.placeId = e.id;
              b.addEventListener("click", () => void library.placeName(localPlaceOf(name, e.lat, e.lon, new Date().toISOString())));
              li.append(b);
              return li;
            }),
          );
        })
        .catch(() => results.replaceChildren(element("li", "panel-empty", "The gazetteer could not be loaded.")));
    });
    details.append(input, results);
    return details;
  };

  const claimItem = (article: ArticleOut, c: ClaimOut, review: ClaimReview | undefined): HTMLElement => {
    const s = STRINGS[store.getState().language];
    const state = reviewStateOf(review);
    const item = element("li", `review-claim is-${state}`);
    item.dataset.claimId = c.id;
    item.dataset.review = state;
    const shown = review?.decision.kind === "corrected" ? review.decision : { actor: c.actor, action: c.action, place: c.places[0] as PlaceRef, time: c.time };
    const summary = element("p", "review-claim__summary");
    // The place may be one the analyst named: isolated, so its text cannot reorder the date after it.
    summary.append(`${s.actors[shown.actor]} · ${s.actions[shown.action]} · `, isolatedText(placeName(shown.place, store.getState().language)), ` · ${formatDate(shown.time, store.getState().language)}`);
    const badge = element("span", `review-badge review-badge--${state}`, words().states[state]);
    summary.prepend(badge, " ");
    const quote = arabic("blockquote", "review-claim__quote", c.evidence.text);
    quote.addEventListener("click", () => store.getState().focus({ kind: "claim", id: c.id }, "reader"));
    const actions = element("div", "review-claim__actions");
    const button = (label: string, onClick: () => void, pressed?: boolean): HTMLButtonElement => {
      const b = element("button", "review-action", label);
      b.type = "button";
      if (pressed !== undefined) b.setAttribute("aria-pressed", String(pressed));
      b.addEventListener("click", onClick);
      actions.append(b);
      return b;
    };
    const now = (): string => new Date().toISOString();
    const w = words();
    button(w.accept, () => void library.review(c.id, { kind: "accepted" }, now()), state === "accepted");
    button(w.reject, () => void library.review(c.id, { kind: "rejected" }, now()), state === "rejected");
    button(w.correct, () => {
      correcting = correcting === c.id ? null : c.id;
      render();
    });
    if (review !== undefined) button(w.backToMachine, () => void library.clearReview(c.id));
    item.append(summary, quote, actions);
    if (correcting === c.id) item.append(correctionForm(article, c, shown));
    return item;
  };

  const correctionForm = (article: ArticleOut, c: ClaimOut, shown: { actor: ActorId; action: ClaimAction; place: PlaceRef; time: ClaimOut["time"] }): HTMLElement => {
    const s = STRINGS[store.getState().language];
    const form = element("form", "review-correct");
    const select = <T extends string>(label: string, values: readonly T[], text: (v: T) => string, current: string): HTMLSelectElement => {
      const l = element("label", "review-correct__field", `${label} `);
      const sel = element("select");
      for (const v of values) {
        const o = element("option", undefined, text(v));
        o.value = v;
        o.selected = v === current;
        sel.append(o);
      }
      l.append(sel);
      form.append(l);
      return sel;
    };
    const w = words();
    const actor = select(w.actor, Object.keys(s.actors) as ActorId[], (a) => s.actors[a], shown.actor);
    const action = select(w.action, Object.keys(s.actions) as ClaimAction[], (a) => s.actions[a], shown.action);
    const places = [...new Map([shown.place, ...c.places, ...options.placesFor(article)].map((p) => [p.id, p])).values()];
    const place = select(w.place, places.map((p) => p.id), (id) => {
      const p = places.find((x) => x.id === id);
      return p ? placeName(p, store.getState().language) : id;
    }, shown.place.id);
    const dateLabel = element("label", "review-correct__field", `${w.date} `);
    const date = element("input");
    date.type = "date";
    date.value = shown.time.iso;
    date.required = true;
    dateLabel.append(date);
    const save = element("button", "review-action", w.saveCorrection);
    save.type = "submit";
    form.append(dateLabel, save);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const chosen = places.find((p) => p.id === place.value);
      if (chosen === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return;
      correcting = null;
      void library.review(
        c.id,
        { kind: "corrected", actor: actor.value as ActorId, action: action.value as ClaimAction, place: chosen, time: { iso: date.value, precision: "day" } },
        new Date().toISOString(),
      );
    });
    return form;
  };

  const setOpen = (open: boolean): void => {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (!open) stopPlacing();
    articleId = null;
    render();
  };
  toggle.addEventListener("click", () => setOpen(panel.hidden));

  const unsubscribeLibrary = library.subscribe((state, previous) => {
    if (state.reviews !== previous.reviews || state.places !== previous.places || state.articles !== previous.articles) render();
  });
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.selection !== previous.selection && state.selection?.kind === "claim" && !panel.hidden) {
      const id = state.selection.id;
      const owner = options.articles().find((a) => a.claims.some((c) => c.id === id));
      if (owner && owner.id !== articleId) {
        articleId = owner.id;
        render();
      }
    }
    if (state.language !== previous.language) render();
  });
  return {
    refresh: render,
    unmount: () => {
      stopPlacing();
      unsubscribeLibrary();
      unsubscribeStore();
      toggle.remove();
      panel.remove();
    },
  };
}
