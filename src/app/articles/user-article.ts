import type { ArticleOut } from "../../core/output/extraction-document.ts";
import type { ArticleDraft, ArticleLanguage } from "./article-form.ts";
import { userClaimId } from "./article-ids.ts";

/**
 * An article the analyst added: what they typed, and what the engine read in it. Stored as one
 * record (IndexedDB, project files), so the engine's reading travels with the text it came from.
 */
export interface UserArticle {
  readonly id: string;
  readonly sourceId: string;
  /** The outlet as the analyst wrote it: the layer's name in both languages. */
  readonly outlet: string;
  readonly url: string | null;
  readonly language: ArticleLanguage;
  /** When the analyst added it (ISO timestamp), for ordering. */
  readonly addedAt: string;
  /** The engine's reading, with `text` set and claim ids made unique to this article. */
  readonly extraction: ArticleOut;
}

/** Binds the engine's output to the draft it was made from. */
export function userArticleOf(draft: ArticleDraft, extraction: ArticleOut, addedAt: string): UserArticle {
  return {
    id: draft.id,
    sourceId: draft.sourceId,
    outlet: draft.outlet,
    url: draft.url,
    language: draft.language,
    addedAt,
    extraction: {
      ...extraction,
      id: draft.id,
      sourceId: draft.sourceId,
      published: draft.published,
      text: draft.text,
      claims: extraction.claims.map((c) => ({ ...c, id: userClaimId(draft.id, c.id) })),
    },
  };
}
