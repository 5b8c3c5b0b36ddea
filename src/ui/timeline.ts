import type { AppData } from "../app/app-data.ts";
import { formatDay } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { dateAtIndex, dayIndex, stepDate } from "../app/timeline-steps.ts";
import type { AppStore } from "../state/store.ts";
import { element } from "./element.ts";
import type { Unmount } from "./panel-context.ts";

/** How long play rests on each date with claims: long enough to see the markers change. */
const PLAY_INTERVAL_MS = 900;

/**
 * The as-of date: a day slider over the claims' span, step buttons that jump to the previous or
 * next date with claims, and play, which walks those dates to the end.
 */
export function mountTimeline(container: HTMLElement, store: AppStore, data: AppData): Unmount {
  const { from, to } = data.span;
  const label = element("label", "timeline__label");
  const slider = element("input", "timeline__slider");
  slider.type = "range";
  slider.min = "0";
  slider.max = String(dayIndex(from, to));
  slider.step = "1";
  slider.id = "timeline-slider";
  label.htmlFor = slider.id;
  const output = element("output", "timeline__date");
  output.htmlFor.add(slider.id);
  // Arrows point along the slider, which runs right to left in Arabic: styles.css mirrors them.
  const previous = element("button", "timeline__button timeline__step", "◀");
  const next = element("button", "timeline__button timeline__step", "▶");
  const play = element("button", "timeline__button timeline__play");
  for (const b of [previous, next, play]) b.type = "button";
  const ends = element("span", "timeline__ends");
  container.replaceChildren(label, previous, slider, next, play, output, ends);

  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    render();
  };
  const step = (direction: -1 | 1): boolean => {
    const date = stepDate(data.eventDates, store.getState().date, direction);
    if (date !== null) store.getState().setDate(date);
    return date !== null;
  };

  slider.addEventListener("input", () => store.getState().setDate(dateAtIndex(from, Number(slider.value))));
  previous.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    if (stepDate(data.eventDates, store.getState().date, 1) === null) store.getState().setDate(data.eventDates[0] ?? from);
    timer = setInterval(() => {
      if (!step(1)) stop();
    }, PLAY_INTERVAL_MS);
    render();
  });

  function render(): void {
    const state = store.getState();
    const s = STRINGS[state.language];
    label.textContent = s.timelineLabel;
    slider.value = String(dayIndex(from, state.date));
    slider.setAttribute("aria-valuetext", formatDay(state.date, state.language));
    output.textContent = s.asOf(formatDay(state.date, state.language));
    previous.setAttribute("aria-label", s.previous);
    previous.title = s.previous;
    next.setAttribute("aria-label", s.next);
    next.title = s.next;
    const playing = timer !== undefined;
    play.textContent = playing ? s.pause : s.play;
    play.setAttribute("aria-pressed", String(playing));
    ends.textContent = `${formatDay(from, state.language)} – ${formatDay(to, state.language)}`;
  }

  render();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.date !== prev.date || state.language !== prev.language) render();
  });
  return () => {
    if (timer !== undefined) clearInterval(timer);
    unsubscribe();
  };
}
