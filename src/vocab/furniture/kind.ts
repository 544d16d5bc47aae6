/** What a kind of page furniture is made of, and where it may stand. */
import type { Lexicon } from '../lexicon.ts';

export interface FurnitureKind {
  /** Why such a block is dropped, as `deck outline` lists it ("share line", "comments", …). */
  reason: string;
  /**
   * True when this furniture comes after the article (share bars, comments, related posts, tags):
   * after the body has started, the run of furniture it stands in opens the page's tail. False for
   * furniture that may sit between sections (advertisements, captions, subscribe boxes, bylines).
   */
  endsArticle: boolean;
  /** The whole line is one of these, give or take punctuation, symbols and a count. */
  lines?: Lexicon;
  /**
   * Lines that are furniture only among other furniture in the same block: an article may have a
   * section called "Privacy", "Menu" or "Related", a footer lists "Privacy" next to "Terms".
   */
  inRuns?: Lexicon;
  /** A short line opening with one of these ("Share on Facebook", "Tags: honey, mites"). */
  openers?: Lexicon;
  /** A short line closing with one of these ("Marjorie L. says:", "Anonymous said..."). */
  closers?: Lexicon;
  /** A line of at most `maxWords` words containing one of these ("This site uses cookies…"). */
  words?: Lexicon;
  maxWords?: number;
}
