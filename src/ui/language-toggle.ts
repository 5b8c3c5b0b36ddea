import { STRINGS } from "../app/i18n.ts";
import type { AppStore } from "../state/store.ts";
import type { Unmount } from "./panel-context.ts";

/**
 * The EN/AR switch. Arabic turns the chrome (header, panel, timeline) right to left; the map
 * keeps its own left-to-right layout, as maps do in Arabic interfaces.
 */
export function mountLanguageToggle(button: HTMLButtonElement, store: AppStore, chrome: readonly HTMLElement[]): Unmount {
  const render = (): void => {
    const language = store.getState().language;
    const s = STRINGS[language];
    button.textContent = s.languageToggle;
    button.lang = language === "ar" ? "en" : "ar";
    button.setAttribute("aria-label", s.languageToggleLabel);
    document.documentElement.lang = language;
    for (const el of chrome) {
      el.dir = language === "ar" ? "rtl" : "ltr";
      el.lang = language;
    }
    const name = document.querySelector(".app-name");
    if (name) name.textContent = s.appName;
    const tagline = document.querySelector(".app-tagline");
    if (tagline) tagline.textContent = s.tagline;
    document.title = s.appName;
  };
  const onClick = (): void => store.getState().setLanguage(store.getState().language === "ar" ? "en" : "ar");
  button.addEventListener("click", onClick);
  render();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.language !== prev.language) render();
  });
  return () => {
    button.removeEventListener("click", onClick);
    unsubscribe();
  };
}
