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
  /** The join page `deck present` puts on screen: its heading and its title. */
  follow: string;
  join: string;
}

const STRINGS: Record<string, Strings> = {
  en: { agenda: 'Agenda', conclusion: 'Key takeaways', questions: 'Questions?', faq: 'FAQ', continued: 'continued', closingNote: 'Thank the audience and invite their questions.', source: 'Source', readNotes: 'Read the notes', hideNotes: 'Hide the notes', follow: 'Follow the talk on your phone', join: 'Join the talk' },
  es: { agenda: 'Agenda', conclusion: 'Conclusiones', questions: '¿Preguntas?', faq: 'Preguntas frecuentes', continued: 'continuación', closingNote: 'Agradece al público e invita a hacer preguntas.', source: 'Fuente', readNotes: 'Leer las notas', hideNotes: 'Ocultar las notas', follow: 'Sigue la charla en tu teléfono', join: 'Únete a la charla' },
  de: { agenda: 'Agenda', conclusion: 'Fazit', questions: 'Fragen?', faq: 'Häufige Fragen', continued: 'Fortsetzung', closingNote: 'Dem Publikum danken und zu Fragen einladen.', source: 'Quelle', readNotes: 'Notizen lesen', hideNotes: 'Notizen ausblenden', follow: 'Folgen Sie dem Vortrag auf Ihrem Handy', join: 'Zum Vortrag' },
  he: { agenda: 'סדר היום', conclusion: 'עיקרי הדברים', questions: 'שאלות?', faq: 'שאלות נפוצות', continued: 'המשך', closingNote: 'להודות לקהל ולהזמין שאלות.', source: 'מקור', readNotes: 'קריאת ההערות', hideNotes: 'הסתרת ההערות', follow: 'עקבו אחרי ההרצאה בטלפון', join: 'הצטרפו להרצאה' },
  ar: { agenda: 'جدول الأعمال', conclusion: 'أهم النقاط', questions: 'أسئلة؟', faq: 'الأسئلة الشائعة', continued: 'تابع', closingNote: 'اشكر الجمهور وادعُ إلى طرح الأسئلة.', source: 'المصدر', readNotes: 'اقرأ الملاحظات', hideNotes: 'إخفاء الملاحظات', follow: 'تابع المحاضرة على هاتفك', join: 'انضم إلى المحاضرة' },
  zh: { agenda: '议程', conclusion: '要点', questions: '有问题吗？', faq: '常见问题', continued: '续', closingNote: '感谢听众并邀请提问。', source: '来源', readNotes: '阅读备注', hideNotes: '隐藏备注', follow: '在手机上跟随演讲', join: '加入演讲' },
  ja: { agenda: 'アジェンダ', conclusion: 'まとめ', questions: 'ご質問は？', faq: 'よくある質問', continued: '続き', closingNote: '聴衆に感謝し、質問を募ります。', source: '出典', readNotes: 'ノートを読む', hideNotes: 'ノートを隠す', follow: 'スマートフォンで講演を見る', join: '講演に参加' },
  it: { agenda: 'Programma', conclusion: 'In sintesi', questions: 'Domande?', faq: 'Domande frequenti', continued: 'continua', closingNote: 'Ringrazia il pubblico e invita a fare domande.', source: 'Fonte', readNotes: 'Leggi le note', hideNotes: 'Nascondi le note', follow: 'Segui l\'intervento sul telefono', join: 'Partecipa all\'intervento' },
  pt: { agenda: 'Agenda', conclusion: 'Em resumo', questions: 'Perguntas?', faq: 'Perguntas frequentes', continued: 'continuação', closingNote: 'Agradeça ao público e convide a fazer perguntas.', source: 'Fonte', readNotes: 'Ler as notas', hideNotes: 'Ocultar as notas', follow: 'Acompanhe a palestra no telefone', join: 'Participe da palestra' },
  nl: { agenda: 'Agenda', conclusion: 'Kernpunten', questions: 'Vragen?', faq: 'Veelgestelde vragen', continued: 'vervolg', closingNote: 'Bedank het publiek en nodig uit tot vragen.', source: 'Bron', readNotes: 'Notities lezen', hideNotes: 'Notities verbergen', follow: 'Volg de presentatie op je telefoon', join: 'Doe mee met de presentatie' },
  fr: { agenda: 'Programme', conclusion: 'À retenir', questions: 'Des questions ?', faq: 'Questions fréquentes', continued: 'suite', closingNote: 'Remerciez le public et invitez les questions.', source: 'Source', readNotes: 'Lire les notes', hideNotes: 'Masquer les notes', follow: 'Suivez la présentation sur votre téléphone', join: 'Rejoindre la présentation' },
};

export function stringsFor(lang: string): Strings {
  return STRINGS[lang.split('-')[0]!.toLowerCase()] ?? STRINGS.en!;
}
