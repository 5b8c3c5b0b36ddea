import type { Library, Notice } from "../app/articles/library.ts";
import { element } from "./element.ts";
import { isolatedString } from "./isolated-text.ts";
import type { Unmount } from "./panel-context.ts";

/**
 * The library's one message at a time: a deletion with its Undo, a write the browser refused,
 * storage being unavailable. Problems are alerts (read out at once); a deletion is a status.
 */
export function mountLibraryNotice(container: HTMLElement, library: Library): Unmount {
  const render = (notice: Notice | null): void => {
    if (notice === null) {
      container.replaceChildren();
      container.hidden = true;
      return;
    }
    container.hidden = false;
    container.dataset.kind = notice.kind;
    const message = element("p", "library-notice__message", messageOf(notice));
    message.setAttribute("role", notice.kind === "deleted" || notice.kind === "info" ? "status" : "alert");
    const actions: HTMLElement[] = [];
    if (notice.kind === "deleted") {
      const undo = element("button", "library-notice__undo", "Undo");
      undo.type = "button";
      undo.addEventListener("click", () => void library.undoRemove());
      actions.push(undo);
    }
    const dismiss = element("button", "link-button library-notice__dismiss", "Dismiss");
    dismiss.type = "button";
    dismiss.addEventListener("click", () => library.dismissNotice());
    actions.push(dismiss);
    container.replaceChildren(message, ...actions);
  };
  render(library.getState().notice);
  return library.subscribe((state, previous) => {
    if (state.notice !== previous.notice) render(state.notice);
  });
}

function messageOf(notice: Notice): string {
  switch (notice.kind) {
    case "deleted":
      return `Deleted the article from "${isolatedString(notice.article.outlet)}" (${notice.article.extraction.published.iso}).`;
    case "not-saved":
    case "memory-only":
    case "unreadable":
    case "info":
    case "refused":
      return notice.message;
  }
}
