import type { ClaimRecord } from "../app/app-data.ts";
import { formatAge, formatDate, measurementLabel, placeName } from "../app/format.ts";
import { daysBetween } from "../core/extract/iso-day.ts";
import { STRINGS } from "../app/i18n.ts";
import type { Language } from "../core/permalink.ts";
import type { AppStore } from "../state/store.ts";
import type { AppData } from "../app/app-data.ts";
import { arabic, element } from "./element.ts";
import { isolatedText } from "./isolated-text.ts";

/**
 * One claim as the panels show it: who did what where and when, which source, who says so, how
 * sure, and the sentence itself with the claim's words marked. Built from nodes and text only.
 */
export function claimCard(record: ClaimRecord, data: AppData, store: AppStore, language: Language, selected: boolean, asOf?: string): HTMLElement {
  const s = STRINGS[language];
  const { claim, out, article } = record;
  const card = element("article", `claim-card${selected ? " is-selected" : ""}`);
  card.dataset.claimId = claim.id;

  const place = out.places[0];
  const headline = element("h4", "claim-card__headline", `${s.actors[claim.actor]} ${s.actions[claim.action]} ${place ? placeName(place, language) : ""}`);
  card.append(headline);

  const meta = element("p", "claim-card__meta");
  meta.append(
    element("span", "claim-card__date", formatDate(claim.time, language)),
    ...(asOf === undefined ? [] : [" ", element("span", "claim-card__age", `(${formatAge(daysBetween(claim.time.iso, asOf), language)})`)]),
    " · ",
    isolatedText(data.sourceName(claim.sourceId, language), "claim-card__source"),
    " · ",
    element("span", `claim-card__status claim-card__status--${claim.status}`, s.statuses[claim.status]),
  );
  if (claim.modality !== "asserted") meta.append(" · ", element("span", "claim-card__modality", s.modalities[claim.modality]));
  card.append(meta);

  const speaker = claim.attribution.speaker;
  const who = speaker === "outlet" ? s.ownVoice : speaker === "other" ? s.otherSpeaker : s.accordingTo(s.actors[speaker]);
  const attribution = element("p", "claim-card__attribution", who);
  if (claim.attribution.evidence !== undefined) attribution.append(" ", arabic("q", "claim-card__attribution-words", claim.attribution.evidence.text));
  if (claim.attribution.distanced) attribution.append(element("span", "claim-card__distanced", ` (${s.distanced})`));
  card.append(attribution);

  card.append(quoteWithTrigger(claim.evidence, claim.trigger));

  const measurements = article.measurements.filter((m) => out.places.some((p) => p.id === m.subject?.id || p.id === m.reference?.id));
  if (measurements.length > 0) {
    const list = element("ul", "claim-card__measurements");
    list.setAttribute("aria-label", s.measurementsHeading);
    for (const m of measurements) list.append(element("li", `measurement measurement--${m.verdict.kind}`, measurementLabel(m, language, (id) => data.placeById.get(id))));
    card.append(list);
  }

  const actions = element("p", "claim-card__actions");
  const toArticle = element("button", "link-button", s.showInArticle);
  toArticle.type = "button";
  toArticle.addEventListener("click", () => store.getState().focus({ kind: "claim", id: claim.id }, "reader"));
  actions.append(toArticle);
  card.append(actions);
  return card;
}

/** The evidence sentence with the trigger in a <mark>: three text nodes around one element. */
export function quoteWithTrigger(evidence: { start: number; end: number; text: string }, trigger: { start: number; end: number; text: string }): HTMLElement {
  const quote = arabic("blockquote", "claim-quote", "");
  const from = trigger.start - evidence.start;
  const to = trigger.end - evidence.start;
  if (from < 0 || to > evidence.text.length || from >= to) {
    quote.textContent = evidence.text;
    return quote;
  }
  const mark = element("mark", "claim-quote__trigger", evidence.text.slice(from, to));
  quote.append(document.createTextNode(evidence.text.slice(0, from)), mark, document.createTextNode(evidence.text.slice(to)));
  return quote;
}
