import type { Language } from "../core/permalink.ts";
import type { AppStore } from "../state/store.ts";
import { element } from "./element.ts";
import type { Unmount } from "./panel-context.ts";

const WORDS: Readonly<Record<Language, { copy: string; copyLabel: string; copied: string; selectAndCopy: string; linkLabel: string }>> = {
  en: {
    copy: "Copy link",
    copyLabel: "Copy a link to this view",
    copied: "Link copied",
    selectAndCopy: "Press Ctrl+C (⌘C) to copy the selected link",
    linkLabel: "Link to this view",
  },
  ar: {
    copy: "نسخ الرابط",
    copyLabel: "نسخ رابط إلى هذا العرض",
    copied: "نُسخ الرابط",
    selectAndCopy: "اضغط Ctrl+C (⌘C) لنسخ الرابط المحدد",
    linkLabel: "رابط هذا العرض",
  },
};

/** Long enough to be read, short enough that a second copy is announced afresh. */
const MESSAGE_MS = 4000;

/**
 * "Copy link": copies the link to what is shown now and says so (aria-live). Where the clipboard
 * is refused (no permission, an insecure page), the link is shown in a read-only field, selected,
 * for the user to copy.
 */
export function mountCopyLink(container: HTMLElement, store: AppStore, currentLink: () => string): Unmount {
  const wrapper = element("div", "copy-link");
  const button = element("button", "copy-link__button");
  button.type = "button";
  button.id = "copy-link";
  const field = element("input", "copy-link__field");
  field.type = "text";
  field.readOnly = true;
  field.hidden = true;
  field.dir = "ltr";
  const status = element("span", "copy-link__status");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  wrapper.append(button, field, status);
  container.append(wrapper);
  let clearing: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string): void => {
    if (clearing !== undefined) clearTimeout(clearing);
    status.textContent = text;
    clearing = setTimeout(() => {
      status.textContent = "";
      clearing = undefined;
    }, MESSAGE_MS);
  };

  const render = (): void => {
    const w = WORDS[store.getState().language];
    button.textContent = w.copy;
    button.title = w.copyLabel;
    field.setAttribute("aria-label", w.linkLabel);
  };

  const onClick = async (): Promise<void> => {
    const link = currentLink();
    const w = WORDS[store.getState().language];
    try {
      if (navigator.clipboard === undefined) throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      field.hidden = true;
      say(w.copied);
    } catch {
      field.value = link;
      field.hidden = false;
      field.focus();
      field.select();
      // The older command still copies in browsers that refuse the clipboard API here.
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
      say(copied ? w.copied : w.selectAndCopy);
    }
  };
  const click = (): void => void onClick();
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape") {
      field.hidden = true;
      button.focus();
    }
  };
  button.addEventListener("click", click);
  field.addEventListener("keydown", onKey);
  render();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.language !== prev.language) render();
  });
  return () => {
    if (clearing !== undefined) clearTimeout(clearing);
    unsubscribe();
    button.removeEventListener("click", click);
    field.removeEventListener("keydown", onKey);
    wrapper.remove();
  };
}
