/**
 * Words that tell the outline what a part of the article is: a conclusion, an FAQ, boilerplate.
 * English, Spanish, German and French; the commonest ones also in Hebrew, Arabic, Chinese and Japanese.
 * Word ends are `(?![\p{L}\p{N}])`, not `\b`, which only knows ASCII letters ("en résumé").
 */

/** Numbering, emoji and punctuation around a heading's words ("3. Conclusion", "🎯 Fazit"). */
const DECOR = String.raw`[\p{N}\p{P}\p{S}\p{M}\s\u200d]*`;

/** A paragraph opening with one of these starts the conclusion, heading or not. */
export const CONCLUSION_OPENERS =
  /^(?:in conclusion|to conclude|to sum up|to summari[sz]e|in summary|in short|in closing|all in all|overall|ultimately|final thoughts|wrapping up|en conclusión|en resumen|para concluir|en definitiva|zusammenfassend|abschließend|fazit|zum schluss|en conclusion|pour conclure|en résumé|pour résumer|para terminar|para finalizar|en pocas palabras|en síntesis|alles in allem|kurz gesagt|zusammengefasst|unterm strich|zum abschluss|en somme|en bref|pour finir|לסיכום|לסיום|בסיכומו של דבר|في الختام|ختاما|خلاصة القول|总之|总而言之|综上所述|總之|綜上所述|まとめると|結論として)[\s,:;—–\-،，、]/iu;

export const CONCLUSION_HEADINGS = new RegExp(
  String.raw`^${DECOR}(?:conclusions?|summary|in summary|in conclusion|final thoughts|closing thoughts|wrapping up|wrap-up|takeaways|key takeaways|the bottom line|conclusión|conclusiones|resumen|en resumen|reflexiones finales|para terminar|fazit|zusammenfassung|schlussfolgerungen?|schlusswort|schlussgedanken|fazit und ausblick|conclusion|résumé|en résumé|en conclusion|pour conclure|pour finir|le mot de la fin|en bref|bilan|סיכום|לסיכום|מסקנות|סיכום ומסקנות|الخلاصة|خلاصة|خاتمة|الخاتمة|الاستنتاج|总结|結論|结论|结语|總結|まとめ|おわりに)${DECOR}$`,
  'iu',
);

export const FAQ_HEADINGS = new RegExp(
  String.raw`^${DECOR}(?:faqs?|frequently asked questions(?: \(faqs?\))?|questions and answers|q ?& ?a|common questions|preguntas frecuentes|preguntas y respuestas|häufig gestellte fragen|häufige fragen|fragen und antworten|questions fréquentes|foire aux questions|questions[- ]réponses|questions et réponses|שאלות נפוצות|שאלות ותשובות|الأسئلة الشائعة|أسئلة شائعة|الأسئلة المتكررة|常见问题|常見問題|よくある質問|よくあるご質問)(?![\p{L}\p{N}])`,
  'iu',
);

/** A question line: ends with a question mark (also ¿…? in Spanish). */
export const QUESTION = /[?？؟]["”’)]?$/u;

/** A question's own number in a plain-text FAQ (`2. How loud are they?`); Markdown's lists drop it already. */
export const QUESTION_NUMBER = /^\d{1,3}[.)]\s+/u;

/** `Q:` / `A:` labels of an FAQ written as pairs. */
export const Q_LABEL = /^(?:q|question|p|pregunta|frage|f|ש|שאלה|س|سؤال|问|問)\s*\d*\s*(?:[:.)]\s+|：\s*)/iu;
export const A_LABEL = /^(?:a|answer|r|respuesta|antwort|réponse|ת|תשובה|ج|جواب|答)\s*\d*\s*(?:[:.)]\s+|：\s*)/iu;

/** Trailing blog furniture that is not part of the article. */
export const BOILERPLATE =
  /^(?:post a comment|leave a (?:reply|comment)|add a comment|\d+ comments?|no comments(?: yet)?|comments?|share this(?: post| article)?:?|share on \w+|share:|related posts?:?|related articles?:?|you may also like:?|read more:?|tags?:.*|categories?:.*|posted (?:in|by) .*|subscribe(?: to our newsletter)?|sign up for our newsletter|newer post|older post|previous post|next post|home|print this page|was this (?:article|post) helpful\??|this (?:site|website) uses cookies.*|we use cookies.*|accept (?:all )?cookies|cookie (?:policy|settings|notice)|publicar un comentario|deja un comentario|dejar una respuesta|compartir(?: esto)?:?|entradas relacionadas|artículos relacionados|kommentar (?:schreiben|hinterlassen)|einen kommentar hinterlassen|teilen:?|ähnliche beiträge|laisser un commentaire|partager(?: cet article)?:?|articles (?:similaires|connexes)|nous utilisons des cookies.*|wir verwenden cookies.*|utilizamos cookies.*|back to top|share this story|follow us on \w+|about the author|comentarios|suscríbete.*|lee también:?|te puede interesar:?|kommentare|newsletter abonnieren|das könnte sie auch interessieren:?|weitere artikel:?|nach oben|commentaires|à lire aussi:?|vous aimerez aussi:?|abonnez-vous.*|partager sur \w+|השאירו תגובה|כתבו תגובה|שתפו:?|פוסטים קשורים:?|اترك تعليقا|شارك:?|مقالات ذات صلة:?|分享[：:]?|分享到[：:]?.{0,20}|发表评论|相关文章：?|関連記事|コメントを残す)$/iu;
