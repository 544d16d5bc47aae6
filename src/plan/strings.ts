/** The few words the deck adds itself, in the article's language. */
export interface Strings {
  agenda: string;
  conclusion: string;
  questions: string;
  faq: string;
  continued: string;
  closingNote: string;
  source: string;
  readNotes: string;
  hideNotes: string;
}

const STRINGS: Record<string, Strings> = {
  en: { agenda: 'Agenda', conclusion: 'Key takeaways', questions: 'Questions?', faq: 'FAQ', continued: 'continued', closingNote: 'Thank the audience and invite their questions.', source: 'Source', readNotes: 'Read the notes', hideNotes: 'Hide the notes' },
  es: { agenda: 'Agenda', conclusion: 'Conclusiones', questions: '¿Preguntas?', faq: 'Preguntas frecuentes', continued: 'continuación', closingNote: 'Agradece al público e invita a hacer preguntas.', source: 'Fuente', readNotes: 'Leer las notas', hideNotes: 'Ocultar las notas' },
  de: { agenda: 'Agenda', conclusion: 'Fazit', questions: 'Fragen?', faq: 'Häufige Fragen', continued: 'Fortsetzung', closingNote: 'Dem Publikum danken und zu Fragen einladen.', source: 'Quelle', readNotes: 'Notizen lesen', hideNotes: 'Notizen ausblenden' },
  fr: { agenda: 'Programme', conclusion: 'À retenir', questions: 'Des questions ?', faq: 'Questions fréquentes', continued: 'suite', closingNote: 'Remerciez le public et invitez les questions.', source: 'Source', readNotes: 'Lire les notes', hideNotes: 'Masquer les notes' },
};

export function stringsFor(lang: string): Strings {
  return STRINGS[lang.split('-')[0]!.toLowerCase()] ?? STRINGS.en!;
}
