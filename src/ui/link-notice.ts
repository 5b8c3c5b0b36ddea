import type { Language } from "../core/permalink.ts";
import type { AppStore } from "../state/store.ts";
import { element } from "./element.ts";
import type { Unmount } from "./panel-context.ts";

const WORDS: Readonly<Record<Language, { title: string; dismiss: string }>> = {
  en: { title: "Parts of this link could not be used:", dismiss: "Dismiss" },
  ar: { title: "تعذّر استخدام أجزاء من هذا الرابط:", dismiss: "إغلاق" },
};

export interface LinkNotice {
  /** Shows what a link had that was ignored; an empty list takes the notice away. */
  show(ignored: readonly string[]): void;
  readonly unmount: Unmount;
}

/**
 * A short, dismissible note of what an opened link had that was ignored. The notes come from the
 * permalink codec, which quotes only a cleaned excerpt of the link; they are still put on the page
 * as text only. The live region exists from the start, so a screen reader announces the note.
 */
export function mountLinkNotice(host: HTMLElement, store: AppStore, focusAfterDismiss: () => HTMLElement | null): LinkNotice {
  const region = element("div", "link-notice-region");
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  host.append(region);
  let notes: readonly string[] = [];

  const render = (): void => {
    if (notes.length === 0) {
      region.replaceChildren();
      return;
    }
    const language = store.getState().language;
    const w = WORDS[language];
    const card = element("div", "link-notice");
    card.dir = language === "ar" ? "rtl" : "ltr";
    card.lang = language;
    const title = element("p", "link-notice__title", w.title);
    const list = element("ul", "link-notice__list");
    for (const note of notes) {
      // The codec's notes are English in both languages of the chrome.
      const item = element("li", "link-notice__item", note);
      item.lang = "en";
      item.dir = "ltr";
      list.append(item);
    }
    const close = element("button", "link-notice__close", "×");
    close.type = "button";
    close.setAttribute("aria-label", w.dismiss);
    close.title = w.dismiss;
    close.addEventListener("click", dismiss);
    card.append(title, list, close);
    card.addEventListener("keydown", (event) => {
      if (event.key === "Escape") dismiss();
    });
    region.replaceChildren(card);
  };

  function dismiss(): void {
    const hadFocus = region.contains(document.activeElement);
    notes = [];
    render();
    if (hadFocus) focusAfterDismiss()?.focus();
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.language !== prev.language && notes.length > 0) render();
  });
  return {
    show: (ignored) => {
      notes = [...ignored];
      render();
    },
    unmount: () => {
      unsubscribe();
      region.remove();
    },
  };
}
