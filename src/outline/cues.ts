/**
 * The outline's cue words, kept where readers and the outline both import them downward:
 * src/vocab/sections.ts (conclusion and FAQ headings and openers) and src/vocab/qa.ts (questions,
 * `Q:`/`A:` labels). Page furniture is in src/vocab/furniture/. This module only re-exports them.
 */
export { CONCLUSION_HEADINGS, CONCLUSION_OPENERS, FAQ_HEADINGS } from '../vocab/sections.ts';
export { A_LABEL, Q_LABEL, QUESTION, QUESTION_NUMBER } from '../vocab/qa.ts';
