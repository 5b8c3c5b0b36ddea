import { formatDate } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { segmentText } from "../app/text-segments.ts";
import type { ArticleOut } from "../core/output/extraction-document.ts";
import { arabic, element } from "./element.ts";
import { isolatedString } from "./isolated-text.ts";
import type { PanelContext, Unmount } from "./panel-context.ts";

/**
 * The article reader: an article's full text, right to left, with every claim's evidence marked.
 * Clicking a mark selects its claim (the map flies to it); selecting a claim elsewhere opens its
 * article here and scrolls its sentence into view.
 */
export function mountReader(container: HTMLElement, ctx: PanelContext): Unmount {
  const { store, data } = ctx;
  let articleId: string | null = null;

  const currentArticle = (): ArticleOut | undefined => {
    const selection = store.getState().selection;
    if (selection?.kind === "claim") {
      const record = data.claimById.get(selection.id);
      if (record) articleId = record.article.id;
    }
    if (articleId === null) articleId = data.articles.find((a) => store.getState().sources.includes(a.sourceId))?.id ?? data.articles[0]?.id ?? null;
    return articleId === null ? undefined : data.articleById.get(articleId);
  };

  const render = (): void => {
    const state = store.getState();
    const s = STRINGS[state.language];
    const article = currentArticle();
    const picker = element("select", "reader__picker");
    picker.setAttribute("aria-label", s.readerPickArticle);
    for (const a of data.articles) {
      const option = element("option", undefined, `${isolatedString(data.sourceName(a.sourceId, state.language))} · ${formatDate(a.published, state.language)}`);
      option.value = a.id;
      option.selected = a.id === article?.id;
      picker.append(option);
    }
    picker.addEventListener("change", () => {
      // Choosing an article selects its first claim, so what is read lives in the store (and a
      // future permalink); an article without claims is only shown.
      articleId = picker.value;
      const first = data.articleById.get(picker.value)?.claims[0];
      if (first !== undefined) store.getState().focus({ kind: "claim", id: first.id }, "reader");
      else render();
    });
    const heading = element("h2", "panel-heading", s.readerHeading);
    if (article === undefined) {
      container.replaceChildren(heading, picker);
      return;
    }
    const body = article.text === undefined ? element("p", "panel-empty", s.readerNoText) : articleBody(article, state.selection?.kind === "claim" ? state.selection.id : null);
    const hadFocus = container.contains(document.activeElement) && document.activeElement !== picker;
    container.replaceChildren(heading, picker, body);
    const mark = body.querySelector<HTMLElement>("mark.is-selected");
    mark?.scrollIntoView({ block: "center" });
    if (hadFocus) mark?.focus({ preventScroll: true });
  };

  const articleBody = (article: ArticleOut, selectedClaim: string | null): HTMLElement => {
    const text = article.text as string;
    const body = arabic("div", "reader__text", "");
    const selected = article.claims.find((c) => c.id === selectedClaim);
    const runs = segmentText(text.length, [
      ...article.claims.map((c) => ({ id: c.id, start: c.evidence.start, end: c.evidence.end })),
      ...(selected ? [{ id: "\u0000trigger", start: selected.trigger.start, end: selected.trigger.end }] : []),
    ]);
    for (const run of runs) {
      const words = text.slice(run.start, run.end);
      const ids = run.ids.filter((id) => id !== "\u0000trigger");
      if (ids.length === 0) {
        body.append(document.createTextNode(words));
        continue;
      }
      const mark = element("mark", "evidence", words);
      mark.dataset.claimIds = ids.join(" ");
      if (selectedClaim !== null && ids.includes(selectedClaim)) mark.classList.add("is-selected");
      if (run.ids.includes("\u0000trigger")) mark.classList.add("is-trigger");
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      // Overlapping evidence: a click moves to the next claim of this run, so each stays reachable.
      const pick = (): void => {
        const current = store.getState().selection;
        const at = current?.kind === "claim" ? ids.indexOf(current.id) : -1;
        store.getState().focus({ kind: "claim", id: ids[(at + 1) % ids.length] as string }, "reader");
      };
      mark.addEventListener("click", pick);
      mark.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          pick();
        }
      });
      body.append(mark);
    }
    return body;
  };

  render();
  return store.subscribe((state, prev) => {
    if (state.selection !== prev.selection || state.language !== prev.language) render();
  });
}
