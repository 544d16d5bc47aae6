/**
 * How an FAQ is written: question lines, their numbers, `Q:` / `A:` labels. Shared by the readers
 * (a `Q:` line is never a heading) and the outline (which pairs questions with answers).
 */

/** A question line: ends with a question mark (also ¿…? in Spanish, ؟ in Arabic). */
export const QUESTION = /[?？؟]["”’)]?$/u;

/** A question's own number in a plain-text FAQ (`2. How loud are they?`); Markdown's lists drop it already. */
export const QUESTION_NUMBER = /^\d{1,3}[.)]\s+/u;

/** `Q:` / `A:` labels of an FAQ written as pairs. */
export const Q_LABEL = /^(?:q|question|p|pregunta|frage|f|domanda|pergunta|vraag|ש|שאלה|س|سؤال|问|問)\s*\d*\s*(?:[:.)]\s+|：\s*)/iu;
export const A_LABEL = /^(?:a|answer|r|respuesta|antwort|réponse|risposta|resposta|antwoord|ת|תשובה|ج|جواب|答)\s*\d*\s*(?:[:.)]\s+|：\s*)/iu;
