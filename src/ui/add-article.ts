import { ARTICLE_LANGUAGES, type ArticleDraft, checkArticleForm, type FormField, type FormProblem } from "../app/articles/article-form.ts";
import { ARTICLE_STRINGS, type ArticleStrings } from "../app/articles/article-strings.ts";
import type { Library } from "../app/articles/library.ts";
import type { GazetteerEntry } from "../core/gazetteer/types.ts";
import type { AppStore } from "../state/store.ts";
import { type UserArticle, userArticleOf } from "../app/articles/user-article.ts";
import { CANCELLED, type EngineClient } from "../worker/engine-client.ts";
import type { EngineStage } from "../worker/protocol.ts";
import { arabic, element } from "./element.ts";
import { isolatedString, isolatedText } from "./isolated-text.ts";
import type { Unmount } from "./panel-context.ts";

/** Below this a run needs no indicator: it would only flash. */
const PROGRESS_DELAY_MS = 250;


export interface AddArticleOptions {
  readonly library: Library;
  readonly engine: EngineClient;
  /** For the language of the controls. */
  readonly store: AppStore;
  /** Today's date (yyyy-mm-dd), for the "not in the future" check. */
  readonly today: () => string;
  /** The analyst's places, as gazetteer entries for the engine. */
  readonly localPlaces: () => readonly GazetteerEntry[];
  /** Called once an article is on the map, to show it. */
  readonly onAdded: (article: UserArticle) => void;
}

/**
 * The "Add article" button and its dialog: the form, the engine run in the worker with a progress
 * indicator and Cancel, and the list of the analyst's articles with Delete. Everything the analyst
 * typed is shown back with textContent only.
 */
export function mountAddArticle(buttonSlot: HTMLElement, options: AddArticleOptions): Unmount {
  const { library, engine, store } = options;
  const words = (): ArticleStrings => ARTICLE_STRINGS[store.getState().language];
  const open = element("button", "add-article-open");
  open.type = "button";
  open.id = "add-article-open";
  const dialog = element("dialog", "add-article");
  dialog.setAttribute("aria-labelledby", "add-article-title");
  const title = element("h2", "add-article__title");
  title.id = "add-article-title";

  const form = element("form", "add-article__form");
  form.noValidate = true;
  const text = element("textarea", "add-article__text");
  text.lang = "ar";
  text.dir = "auto";
  text.rows = 8;
  const outlet = element("input", "add-article__outlet");
  outlet.type = "text";
  outlet.autocomplete = "off";
  const date = element("input", "add-article__date");
  date.type = "date";
  const url = element("input", "add-article__url");
  url.type = "url";
  url.placeholder = "https://";
  const language = element("select", "add-article__language");
  for (const l of ARTICLE_LANGUAGES) {
    const option = element("option");
    option.value = l;
    language.append(option);
  }
  const problems = new Map<FormField, HTMLElement>();
  const labels = new Map<FormField, HTMLLabelElement>();
  const hint = element("p", "add-article__hint");
  const field = (name: FormField, control: HTMLElement, withHint = false): HTMLElement => {
    const wrap = element("div", "add-article__field");
    const id = `add-article-${name}`;
    control.id = id;
    control.setAttribute("name", name);
    const l = element("label", "add-article__label");
    labels.set(name, l);
    l.htmlFor = id;
    const problem = element("p", "field-problem");
    problem.id = `${id}-problem`;
    problems.set(name, problem);
    control.setAttribute("aria-describedby", problem.id);
    wrap.append(l, control);
    if (withHint) wrap.append(hint);
    wrap.append(problem);
    return wrap;
  };
  const submit = element("button", "add-article__submit");
  submit.type = "submit";
  const close = element("button", "link-button add-article__close");
  close.type = "button";
  const status = element("p", "add-article__status");
  status.setAttribute("role", "status");
  const progress = element("div", "add-article__progress");
  progress.hidden = true;
  const bar = element("progress", "add-article__bar");
  const stage = element("span", "add-article__stage");
  const cancel = element("button", "add-article__cancel");
  cancel.type = "button";
  progress.append(bar, stage, cancel);
  form.append(
    field("text", text, true),
    field("outlet", outlet),
    field("date", date),
    field("url", url),
    field("language", language),
    element("div", "add-article__actions"),
  );
  (form.lastElementChild as HTMLElement).append(submit, close);
  form.append(progress, status);
  const mineHeading = element("h3", "add-article__mine-heading");
  const mine = element("ul", "add-article__mine");
  dialog.append(title, form, mineHeading, mine);
  buttonSlot.append(open);
  document.body.append(dialog);

  let running: { requestId: number; timer: ReturnType<typeof setTimeout> } | null = null;
  const setBusy = (busy: boolean): void => {
    submit.disabled = busy;
    for (const c of [text, outlet, date, url, language]) c.disabled = busy;
    if (!busy) progress.hidden = true;
  };
  let shownProblems: ReadonlyMap<FormField, FormProblem> = new Map();
  const showProblems = (found: ReadonlyMap<FormField, FormProblem>): void => {
    shownProblems = found;
    for (const [name, p] of problems) {
      const problem = found.get(name);
      p.textContent = problem === undefined ? "" : words().problems(problem);
      p.closest(".add-article__field")?.classList.toggle("has-problem", problem !== undefined);
    }
  };
  let stageNow: EngineStage = "loading-gazetteer";
  const relabel = (): void => {
    const w = words();
    const lang = store.getState().language;
    dialog.lang = lang;
    dialog.dir = lang === "ar" ? "rtl" : "ltr";
    open.textContent = w.addArticle;
    title.textContent = w.addTitle;
    const names: Readonly<Record<FormField, string>> = { text: w.textLabel, outlet: w.outletLabel, date: w.dateLabel, url: w.urlLabel, language: w.languageLabel };
    for (const [name, l] of labels) l.textContent = names[name];
    hint.textContent = w.textHint;
    for (const option of language.options) option.textContent = w.languages[option.value as keyof ArticleStrings["languages"]];
    submit.textContent = w.submit;
    close.textContent = w.close;
    cancel.textContent = w.cancel;
    stage.textContent = w.stages[stageNow];
    mineHeading.textContent = w.yourArticles;
    showProblems(shownProblems);
    renderMine();
  };

  const run = async (draft: ArticleDraft): Promise<void> => {
    const job = engine.extract({ id: draft.id, text: draft.text, sourceId: draft.sourceId, published: draft.published }, options.localPlaces(), (s) => {
      stageNow = s;
      stage.textContent = words().stages[s];
    });
    running = { requestId: job.requestId, timer: setTimeout(() => (progress.hidden = false), PROGRESS_DELAY_MS) };
    setBusy(true);
    stageNow = "loading-gazetteer";
    stage.textContent = words().stages[stageNow];
    status.textContent = "";
    try {
      const { article } = await job.result;
      const added = await library.add(userArticleOf(draft, article, new Date().toISOString()));
      if (added === "exists") {
        status.textContent = words().exists;
        return;
      }
      const user = library.getState().articles.get(draft.id);
      form.reset();
      status.textContent = words().added(article.claims.length);
      dialog.close();
      if (user) options.onAdded(user);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      status.textContent = message === CANCELLED ? words().cancelled : words().failed(message);
    } finally {
      if (running) clearTimeout(running.timer);
      running = null;
      setBusy(false);
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (running) return;
    const checked = checkArticleForm({ text: text.value, outlet: outlet.value, date: date.value, url: url.value, language: language.value }, options.today());
    if (!checked.ok) {
      showProblems(checked.problems);
      status.textContent = words().fixFields;
      return;
    }
    showProblems(new Map());
    void run(checked.draft);
  });
  cancel.addEventListener("click", () => {
    if (running) engine.cancel(running.requestId);
  });
  open.addEventListener("click", () => {
    date.max = options.today();
    renderMine();
    dialog.showModal();
  });
  close.addEventListener("click", () => dialog.close());

  const renderMine = (): void => {
    const articles = [...library.getState().articles.values()].sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
    mineHeading.hidden = articles.length === 0;
    mine.replaceChildren(
      ...articles.map((a) => {
        const item = element("li", "add-article__mine-item");
        item.dataset.articleId = a.id;
        const name = arabic("span", "add-article__mine-name", "");
        name.dir = "auto";
        name.append(isolatedText(a.outlet));
        const meta = element("span", "add-article__mine-meta", ` · ${a.extraction.published.iso} · ${words().claimsCount(a.extraction.claims.length)} `);
        const remove = element("button", "link-button add-article__delete", words().delete);
        remove.type = "button";
        remove.setAttribute("aria-label", words().deleteLabel(isolatedString(a.outlet), a.extraction.published.iso));
        remove.addEventListener("click", () => void library.remove(a.id));
        item.append(name, meta, remove);
        return item;
      }),
    );
  };
  const unsubscribe = library.subscribe((state, previous) => {
    if (state.articles !== previous.articles) renderMine();
  });
  relabel();
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.language !== previous.language) relabel();
  });

  return () => {
    unsubscribe();
    unsubscribeStore();
    if (running) engine.cancel(running.requestId);
    open.remove();
    dialog.remove();
  };
}
