/**
 * Ids for the analyst's own sources and articles. They are derived from content, not counted,
 * so the same outlet added twice is one layer, the same article pasted twice (or imported from
 * a project file that already holds it) is one article, and a source named "__proto__" or
 * "constructor" becomes an inert id that cannot reach any object's prototype.
 */

/** Every analyst source id starts with this; no seed source does, so the two never collide. */
export const USER_SOURCE_PREFIX = "mine-";
export const USER_ARTICLE_PREFIX = "mine-article-";

/** cyrb53: a 53-bit string hash. 32 bits (FNV) would make collisions plausible in a large project. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Case and spacing do not make another outlet: "Libya Observer" and " libya  observer" are one. */
export function outletKey(outlet: string): string {
  return outlet.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function userSourceId(outlet: string): string {
  return `${USER_SOURCE_PREFIX}${hash53(outletKey(outlet))}`;
}

/** The same text from the same outlet on the same day is the same article. */
export function userArticleId(sourceId: string, publishedIso: string, text: string): string {
  return `${USER_ARTICLE_PREFIX}${hash53(`${sourceId}\u0000${publishedIso}\u0000${text}`)}`;
}

/**
 * The engine names a claim by outlet, sentence span, action, place and actor: two articles of one
 * outlet can share all of these, so an analyst article's claim ids also carry the article.
 */
export function userClaimId(articleId: string, engineClaimId: string): string {
  return `${engineClaimId}-${hash53(articleId).slice(0, 6)}`;
}
