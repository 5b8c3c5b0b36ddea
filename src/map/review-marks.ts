/**
 * Tells analyst-confirmed claims from machine-extracted ones on the map. The source layers draw
 * chips with their claim ids (source-layer.ts); this marks each chip whose every claim the analyst
 * accepted or corrected, whenever chips are drawn, without the layers knowing about reviews.
 */
export function markReviewedChips(container: HTMLElement, isConfirmed: (claimId: string) => boolean): { readonly refresh: () => void; readonly unmount: () => void } {
  const mark = (chip: HTMLElement): void => {
    const ids = (chip.dataset.claimIds ?? "").split(" ").filter((id) => id !== "");
    const confirmed = ids.length > 0 && ids.every(isConfirmed);
    chip.classList.toggle("is-confirmed", confirmed);
    chip.dataset.review = confirmed ? "confirmed" : "machine";
  };
  const refresh = (): void => container.querySelectorAll<HTMLElement>(".claim-chip").forEach(mark);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.classList.contains("claim-chip")) mark(node);
        node.querySelectorAll<HTMLElement>(".claim-chip").forEach(mark);
      }
    }
  });
  observer.observe(container, { childList: true, subtree: true });
  refresh();
  return { refresh, unmount: () => observer.disconnect() };
}
