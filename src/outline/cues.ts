/**
 * Words that tell the outline what a part of the article is: a conclusion, an FAQ, boilerplate.
 * English, Spanish, German and French.
 */

/** A paragraph opening with one of these starts the conclusion, heading or not. */
export const CONCLUSION_OPENERS =
  /^(?:in conclusion|to conclude|to sum up|to summari[sz]e|in summary|in short|in closing|all in all|overall|ultimately|final thoughts|wrapping up|en conclusión|en resumen|para concluir|en definitiva|zusammenfassend|abschließend|fazit|zum schluss|en conclusion|pour conclure|en résumé|pour résumer)\b[\s,:;—–-]/iu;

export const CONCLUSION_HEADINGS =
  /^(?:\d+[.)]?\s*)?(?:conclusions?|summary|in summary|in conclusion|final thoughts|closing thoughts|wrapping up|wrap-up|takeaways|key takeaways|the bottom line|conclusión|conclusiones|resumen|reflexiones finales|fazit|zusammenfassung|schlussfolgerung|schlusswort|conclusion|résumé|en conclusion|pour conclure)$/iu;

export const FAQ_HEADINGS =
  /^(?:\d+[.)]?\s*)?(?:faqs?|frequently asked questions(?: \(faqs?\))?|questions and answers|q ?& ?a|common questions|preguntas frecuentes|häufig gestellte fragen|häufige fragen|questions fréquentes|foire aux questions)\b/iu;

/** A question line: ends with a question mark (also ¿…? in Spanish). */
export const QUESTION = /[?？؟]["”’)]?$/u;

/** `Q:` / `A:` labels of an FAQ written as pairs. */
export const Q_LABEL = /^(?:q|question|p|pregunta|frage|f)\s*\d*\s*[:.)]\s+/iu;
export const A_LABEL = /^(?:a|answer|r|respuesta|antwort|réponse)\s*\d*\s*[:.)]\s+/iu;

/** Trailing blog furniture that is not part of the article. */
export const BOILERPLATE =
  /^(?:post a comment|leave a (?:reply|comment)|add a comment|\d+ comments?|no comments(?: yet)?|comments?|share this(?: post| article)?:?|share on \w+|share:|related posts?:?|related articles?:?|you may also like:?|read more:?|tags?:.*|categories?:.*|posted (?:in|by) .*|subscribe(?: to our newsletter)?|sign up for our newsletter|newer post|older post|previous post|next post|home|print this page|was this (?:article|post) helpful\??|this (?:site|website) uses cookies.*|we use cookies.*|accept (?:all )?cookies|cookie (?:policy|settings|notice)|publicar un comentario|deja un comentario|dejar una respuesta|compartir(?: esto)?:?|entradas relacionadas|artículos relacionados|kommentar (?:schreiben|hinterlassen)|einen kommentar hinterlassen|teilen:?|ähnliche beiträge|laisser un commentaire|partager(?: cet article)?:?|articles (?:similaires|connexes)|nous utilisons des cookies.*|wir verwenden cookies.*|utilizamos cookies.*)$/iu;
