/**
 * Words that tell what a part of an article is: its conclusion (by its heading or by the words that
 * open it) or its FAQ, one list per language. Word ends are `(?![\p{L}\p{N}])`, not `\b`, which only
 * knows ASCII letters ("en résumé").
 */
import { alternation, type Lexicon } from './lexicon.ts';

/** Numbering, emoji and punctuation around a heading's words ("3. Conclusion", "🎯 Fazit"). */
const DECOR = String.raw`[\p{N}\p{P}\p{S}\p{M}\s\u200d]*`;

/** Words that open a conclusion paragraph ("In conclusion, …"), heading or not. */
const OPENERS: Lexicon = {
  en: ['in conclusion', 'to conclude', 'to sum up', 'to summarise', 'to summarize', 'in summary', 'in short', 'in closing', 'all in all', 'overall', 'ultimately', 'final thoughts', 'wrapping up', 'to wrap up', 'to wrap things up', 'the bottom line', 'bottom line'],
  es: ['en conclusión', 'en resumen', 'para concluir', 'en definitiva', 'para terminar', 'para finalizar', 'en pocas palabras', 'en síntesis'],
  de: ['zusammenfassend', 'abschließend', 'fazit', 'zum schluss', 'alles in allem', 'kurz gesagt', 'zusammengefasst', 'unterm strich', 'zum abschluss'],
  fr: ['en conclusion', 'pour conclure', 'en résumé', 'pour résumer', 'en somme', 'en bref', 'pour finir'],
  it: ['in conclusione', 'per concludere', 'in sintesi', 'riassumendo', 'in definitiva'],
  pt: ['em conclusão', 'para concluir', 'em resumo', 'resumindo', 'em suma'],
  nl: ['tot slot', 'kortom', 'samenvattend', 'concluderend'],
  he: ['לסיכום', 'לסיום', 'בסיכומו של דבר'],
  ar: ['في الختام', 'ختاما', 'خلاصة القول'],
  zh: ['总之', '总而言之', '综上所述', '總之', '綜上所述'],
  ja: ['まとめると', '結論として'],
};

/** Headings of a conclusion. */
const CONCLUSION: Lexicon = {
  en: ['conclusion', 'conclusions', 'summary', 'in summary', 'in conclusion', 'final thoughts', 'closing thoughts', 'wrapping up', 'wrap-up', 'takeaways', 'key takeaways', 'the bottom line'],
  es: ['conclusión', 'conclusiones', 'resumen', 'en resumen', 'reflexiones finales', 'para terminar'],
  de: ['fazit', 'zusammenfassung', 'schlussfolgerung', 'schlussfolgerungen', 'schlusswort', 'schlussgedanken', 'fazit und ausblick'],
  fr: ['conclusion', 'résumé', 'en résumé', 'en conclusion', 'pour conclure', 'pour finir', 'le mot de la fin', 'en bref', 'bilan'],
  it: ['conclusione', 'conclusioni', 'per concludere', 'in conclusione', 'considerazioni finali', 'riepilogo'],
  pt: ['conclusão', 'conclusões', 'considerações finais', 'em conclusão', 'para concluir', 'resumo'],
  nl: ['conclusie', 'samenvatting', 'tot slot', 'slotgedachten'],
  he: ['סיכום', 'לסיכום', 'מסקנות', 'סיכום ומסקנות'],
  ar: ['الخلاصة', 'خلاصة', 'خاتمة', 'الخاتمة', 'الاستنتاج'],
  zh: ['总结', '結論', '结论', '结语', '總結'],
  ja: ['まとめ', 'おわりに'],
};

/** Headings of an FAQ (the heading may go on: "FAQ about heat pumps"). */
const FAQ: Lexicon = {
  en: ['questions from readers', 'reader questions', 'readers\' questions', 'your questions', 'questions readers', 'questions you asked', 'faq', 'faqs', 'frequently asked questions (faq)', 'frequently asked questions (faqs)', 'frequently asked questions', 'questions and answers', 'q&a', 'q & a', 'q and a', 'common questions'],
  es: ['preguntas frecuentes', 'preguntas y respuestas', 'preguntas de los lectores', 'vuestras preguntas', 'sus preguntas'],
  de: ['häufig gestellte fragen', 'häufige fragen', 'fragen und antworten', 'fragen der leser', 'leserfragen', 'ihre fragen'],
  fr: ['questions fréquentes', 'foire aux questions', 'questions-réponses', 'questions réponses', 'questions et réponses', 'vos questions', 'questions des lecteurs'],
  it: ['domande frequenti', 'domande e risposte', 'le vostre domande', 'domande dei lettori'],
  pt: ['perguntas frequentes', 'perguntas e respostas', 'perguntas dos leitores', 'as vossas perguntas', 'suas perguntas'],
  nl: ['veelgestelde vragen', 'vragen en antwoorden', 'vragen van lezers'],
  he: ['שאלות נפוצות', 'שאלות ותשובות'],
  ar: ['الأسئلة الشائعة', 'أسئلة شائعة', 'الأسئلة المتكررة'],
  zh: ['常见问题', '常見問題'],
  ja: ['よくある質問', 'よくあるご質問'],
};

export const CONCLUSION_OPENERS = new RegExp(String.raw`^(?:${alternation(OPENERS)})[\s,:;—–\-،，、]`, 'iu');
export const CONCLUSION_HEADINGS = new RegExp(String.raw`^${DECOR}(?:${alternation(CONCLUSION)})${DECOR}$`, 'iu');
export const FAQ_HEADINGS = new RegExp(String.raw`^${DECOR}(?:${alternation(FAQ)})(?![\p{L}\p{N}])`, 'iu');
