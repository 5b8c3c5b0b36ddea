import { placeName } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import type { GazetteerEntry, GazetteerIndex } from "../core/gazetteer/index.ts";
import type { AppStore } from "../state/store.ts";
import { element } from "./element.ts";
import type { Unmount } from "./panel-context.ts";

const RESULTS = 8;

/**
 * The place search: Arabic or Latin names, tolerant of spelling variants (the gazetteer's own
 * ranked search). The gazetteer is loaded on first focus; choosing a result flies to the place
 * and opens what the sources say about it.
 */
export function mountSearchBox(
  container: HTMLElement,
  store: AppStore,
  loadIndex: () => Promise<GazetteerIndex>,
  choose: (entry: GazetteerEntry) => void,
): Unmount {
  const form = element("form", "search");
  form.setAttribute("role", "search");
  const input = element("input", "search__input");
  input.type = "search";
  input.id = "place-search";
  input.autocomplete = "off";
  input.setAttribute("aria-controls", "place-search-results");
  const label = element("label", "visually-hidden");
  label.htmlFor = input.id;
  const results = element("ul", "search__results");
  results.id = "place-search-results";
  results.hidden = true;
  form.append(label, input, results);
  container.replaceChildren(form);
  let index: GazetteerIndex | undefined;

  const renderChrome = (): void => {
    const s = STRINGS[store.getState().language];
    label.textContent = s.searchLabel;
    input.placeholder = s.searchPlaceholder;
  };

  const show = (entries: readonly GazetteerEntry[]): void => {
    const s = STRINGS[store.getState().language];
    results.hidden = input.value.trim() === "";
    if (entries.length === 0) {
      results.replaceChildren(element("li", "search__none", s.noResults));
      return;
    }
    results.replaceChildren(
      ...entries.map((e) => {
        const item = element("li");
        const button = element("button", "search__result");
        button.type = "button";
        button.dataset.placeId = e.id;
        const language = store.getState().language;
        button.append(element("span", "search__name", placeName(e, language)), element("span", "search__other", `${language === "ar" ? e.en : e.ar} · ${e.kind}`));
        button.addEventListener("click", () => {
          results.hidden = true;
          input.value = placeName(e, store.getState().language);
          choose(e);
        });
        item.append(button);
        return item;
      }),
    );
  };

  const search = async (): Promise<void> => {
    const query = input.value.trim();
    if (query === "") {
      results.hidden = true;
      return;
    }
    index ??= await loadIndex();
    if (input.value.trim() === query) show(index.search(query, RESULTS));
  };

  input.addEventListener("focus", () => void loadIndex().then((i) => (index = i)));
  input.addEventListener("input", () => void search());
  input.addEventListener("keydown", (e) => {
    if (e.key === "Escape") results.hidden = true;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      results.querySelector<HTMLButtonElement>("button")?.focus();
    }
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    results.querySelector<HTMLButtonElement>("button")?.click();
  });
  renderChrome();
  return store.subscribe((state, prev) => {
    if (state.language !== prev.language) renderChrome();
  });
}
