import { decodePermalink, encodePermalink, type PermalinkContext, type PermalinkState, roundView, type View } from "../core/permalink.ts";
import { type AppStore, viewStateOf } from "../state/store.ts";
import { changeKind, createHistoryPacer, type HistoryWrite, type PacerLimits } from "./url-history-pacer.ts";

/**
 * The one owner of the link in the address bar. On start the link is read into the store; from
 * then on the store writes the link (moves replace the entry, choices push one, paced by
 * url-history-pacer.ts), and Back/Forward or an edited link is read into the store again.
 * Everything in the link goes through the permalink codec; nothing from it reaches the page
 * except through the store.
 */

/** The browser's location and history, behind an interface so the sync runs in unit tests. */
export interface AddressBar {
  /** "" or "#…", as `location.hash`. */
  hash(): string;
  href(): string;
  push(hash: string): void;
  replace(hash: string): void;
  /** Calls back on Back/Forward and on an edited link; returns the unsubscribe. */
  onNavigate(listener: () => void): () => void;
}

export interface UrlSyncOptions {
  readonly store: AppStore;
  readonly address: AddressBar;
  /** Read at every use: the data and the map's zoom limits may change after start. */
  readonly context: () => PermalinkContext;
  /** Moves the map to a view and returns the view it really shows (the map may clamp it). */
  readonly showView: (view: View) => View;
  /** What a link had that was ignored; called with [] when a later link had nothing wrong. */
  readonly notify: (ignored: readonly string[]) => void;
  /**
   * A place the claims do not name may still be in the gazetteer (found with the search box), which
   * loads after start: resolves whether it knows the id. Without it such a selection is dropped.
   */
  readonly placeKnownLater?: (id: string) => Promise<boolean>;
  readonly now?: () => number;
  readonly limits?: PacerLimits;
}

export interface UrlSync {
  /** True when the opening link set the map's view (so start-up must not refit the map). */
  readonly openedWithView: boolean;
  /** The link to the view shown now, even if the address bar has not caught up yet. */
  readonly currentLink: () => string;
  readonly unmount: () => void;
}

export function mountUrlSync(options: UrlSyncOptions): UrlSync {
  const { store, address } = options;
  const now = options.now ?? (() => Date.now());
  const pacer = createHistoryPacer(options.limits);
  const encode = (state: PermalinkState): string => encodePermalink(state, options.context());
  /** The link last written or read: an event carrying it is our own echo, not a navigation. */
  let lastHash = address.hash();
  /** The view in that link, to tell a real move from Leaflet's sub-pixel settling. */
  let lastView: View | null = null;
  /** Set while a link is put into the store, so that putting it there does not write it back. */
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts links read, so a late answer about an older link is dropped. */
  let opened = 0;

  const cancelTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const write = (how: "push" | "replace", hash: string): void => {
    if (how === "push") address.push(hash);
    else address.replace(hash);
    lastHash = address.hash();
    lastView = store.getState().view;
  };

  const carryOut = (decision: HistoryWrite, prev: PermalinkState): void => {
    switch (decision.kind) {
      case "push": {
        cancelTimer();
        const before = encode(prev);
        if (decision.flush && before !== lastHash) write("replace", before);
        const next = encode(viewStateOf(store.getState()));
        if (next !== lastHash) write("push", next);
        return;
      }
      case "replace": {
        const next = encode(viewStateOf(store.getState()));
        if (next !== lastHash) write("replace", next);
        return;
      }
      case "later":
        cancelTimer();
        timer = setTimeout(() => {
          timer = undefined;
          carryOut(pacer.due(now()), viewStateOf(store.getState()));
        }, Math.max(0, decision.at - now()));
        return;
      case "wait":
        return;
    }
  };

  /** Puts a link into the store and the map; returns whether the link named a view. */
  const apply = (hash: string, atStart: boolean): boolean => {
    const ctx = options.context();
    const generation = ++opened;
    const decoded = decodePermalink(hash, ctx);
    const named = !sameView(decoded.state.view, ctx.defaultView);
    let ignored = decoded.ignored;
    let later: { id: string; notes: readonly string[]; known: (id: string) => Promise<boolean> } | undefined;
    if (options.placeKnownLater !== undefined && decoded.state.selection === null) {
      // Read again as if every place were known: was the selection dropped only for its place?
      const loose = decodePermalink(hash, { ...ctx, hasPlace: () => true });
      if (loose.state.selection?.kind === "place") {
        later = { id: loose.state.selection.id, notes: decoded.ignored, known: options.placeKnownLater };
        ignored = loose.ignored;
      }
    }
    applying = true;
    try {
      // At start, a link without a view keeps the view fitted to this screen.
      const view = atStart && !named ? viewStateOf(store.getState()).view : decoded.state.view;
      store.getState().restore({ ...decoded.state, view });
      if (!atStart || named) {
        const shown = options.showView(view);
        // The map shows the link's view unless it had to clamp it: then the link follows the map.
        store.getState().setView(sameView(roundView(shown), roundView(view)) ? view : shown);
      }
    } finally {
      applying = false;
    }
    options.notify(ignored);
    writeCanonical(hash);
    if (later !== undefined) {
      const { id, notes, known } = later;
      known(id)
        .catch(() => false)
        .then((isKnown) => {
          // Only if nothing has moved on since: another link opened, or the user chose something.
          if (generation !== opened || store.getState().selection !== null) return;
          if (!isKnown) return options.notify(notes);
          applying = true;
          try {
            store.getState().select({ kind: "place", id });
          } finally {
            applying = false;
          }
          writeCanonical(address.hash());
        });
    }
    return named;
  };

  /** A link that was not in the codec's own form (bad parts, old order) is replaced by it. */
  const writeCanonical = (hash: string): void => {
    const canonical = encode(viewStateOf(store.getState()));
    if (hash !== "" && canonical !== hash) write("replace", canonical);
    else lastHash = address.hash();
    lastView = store.getState().view;
  };

  const openedWithView = address.hash() === "" ? false : apply(address.hash(), true);
  // With no link, the bare address stands for the fitted view until the view really changes.
  if (lastView === null) lastView = store.getState().view;

  let sourceList = options.context().sourceIds.join(",");
  const unsubscribe = store.subscribe((state, prev) => {
    if (applying) return;
    const kind = changeKind(viewStateOf(prev), viewStateOf(state));
    if (kind === null) return;
    // A layout change of half a pixel (a font arriving, a scrollbar) re-centres the map by less
    // than a pixel: not a move worth a different link.
    if (kind === "move" && lastView !== null && withinHalfPixel(lastView, state.view)) return;
    // New data (an article added) changes the sources without the user choosing: no Back step.
    const list = options.context().sourceIds.join(",");
    const dataChanged = list !== sourceList;
    sourceList = list;
    carryOut(pacer.decide(dataChanged ? "move" : kind, now()), viewStateOf(prev));
  });

  const stopListening = address.onNavigate(() => {
    const hash = address.hash();
    if (hash === lastHash) return;
    cancelTimer();
    pacer.reset();
    apply(hash, false);
  });

  return {
    openedWithView,
    currentLink: () => {
      const url = new URL(address.href());
      url.hash = encode(viewStateOf(store.getState()));
      return url.href;
    },
    unmount: () => {
      cancelTimer();
      unsubscribe();
      stopListening();
    },
  };
}

/** The real address bar. A refused write (Safari's limit, a sandboxed frame) leaves the link behind, nothing worse. */
export function browserAddressBar(win: Window = window): AddressBar {
  const write = (method: "pushState" | "replaceState", hash: string): void => {
    try {
      win.history[method](win.history.state, "", hash);
    } catch (error) {
      console.warn(`the link could not be updated (${method})`, error);
    }
  };
  return {
    hash: () => win.location.hash,
    href: () => win.location.href,
    push: (hash) => write("pushState", hash),
    replace: (hash) => write("replaceState", hash),
    onNavigate: (listener) => {
      // Back/Forward fires popstate; an edited link fires popstate and hashchange: the second
      // finds the hash already read and does nothing.
      win.addEventListener("popstate", listener);
      win.addEventListener("hashchange", listener);
      return () => {
        win.removeEventListener("popstate", listener);
        win.removeEventListener("hashchange", listener);
      };
    },
  };
}

/** Same zoom and centres less than half a screen pixel apart (Web Mercator, 256 px tiles). */
export function withinHalfPixel(a: View, b: View): boolean {
  if (a.zoom !== b.zoom) return false;
  const degreesPerPixel = 360 / (256 * 2 ** a.zoom);
  const latPerPixel = degreesPerPixel * Math.cos((a.lat * Math.PI) / 180);
  return Math.abs(a.lon - b.lon) < degreesPerPixel / 2 && Math.abs(a.lat - b.lat) < latPerPixel / 2;
}

function sameView(a: View, b: View): boolean {
  return a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon;
}
