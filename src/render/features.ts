/**
 * The stylesheets a deck needs beyond the theme: one per feature it uses, so that a deck without
 * code, tables, quotes or formulas loads exactly what it did before they existed.
 */
import type { Deck } from '../types.ts';

export const FEATURES = ['code', 'table', 'quote', 'math'] as const;
export type Feature = (typeof FEATURES)[number];

/** `formulas`: how many formulas the render typeset (slides and notes). */
export function featuresOf(deck: Deck, formulas: number): Feature[] {
  const kinds = new Set(deck.slides.map((s) => s.kind));
  return FEATURES.filter((feature) => (feature === 'math' ? formulas > 0 : kinds.has(feature)));
}
