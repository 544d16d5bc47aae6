/** The few words the live view adds, in the deck's language (the page's `lang`), English otherwise. */
export interface LiveStrings {
  backToLive: string;
  ask: string;
  send: string;
  close: string;
  placeholder: string;
  sent: string;
  tooSoon: string;
  tooLong: string;
  offline: string;
}

const STRINGS: Record<string, LiveStrings> = {
  en: { backToLive: 'Back to live', ask: 'Ask', send: 'Send', close: 'Close', placeholder: 'Your question for the speaker', sent: 'Sent. Thank you!', tooSoon: 'Please wait a few seconds before asking again.', tooLong: 'That is too long.', offline: 'Reconnecting…' },
  es: { backToLive: 'Volver al directo', ask: 'Preguntar', send: 'Enviar', close: 'Cerrar', placeholder: 'Tu pregunta para quien presenta', sent: 'Enviada. ¡Gracias!', tooSoon: 'Espera unos segundos antes de volver a preguntar.', tooLong: 'Es demasiado larga.', offline: 'Reconectando…' },
  fr: { backToLive: 'Revenir au direct', ask: 'Question', send: 'Envoyer', close: 'Fermer', placeholder: 'Votre question pour l’orateur', sent: 'Envoyée. Merci !', tooSoon: 'Attendez quelques secondes avant de reposer une question.', tooLong: 'C’est trop long.', offline: 'Reconnexion…' },
  de: { backToLive: 'Zurück zum Vortrag', ask: 'Fragen', send: 'Senden', close: 'Schließen', placeholder: 'Ihre Frage an die Vortragenden', sent: 'Gesendet. Danke!', tooSoon: 'Bitte warten Sie ein paar Sekunden.', tooLong: 'Das ist zu lang.', offline: 'Verbinde neu…' },
  it: { backToLive: 'Torna alla diretta', ask: 'Chiedi', send: 'Invia', close: 'Chiudi', placeholder: 'La tua domanda per chi presenta', sent: 'Inviata. Grazie!', tooSoon: 'Aspetta qualche secondo prima di chiedere ancora.', tooLong: 'È troppo lunga.', offline: 'Riconnessione…' },
  pt: { backToLive: 'Voltar ao vivo', ask: 'Perguntar', send: 'Enviar', close: 'Fechar', placeholder: 'A sua pergunta para quem apresenta', sent: 'Enviada. Obrigado!', tooSoon: 'Aguarde alguns segundos antes de perguntar de novo.', tooLong: 'É demasiado longa.', offline: 'A religar…' },
  nl: { backToLive: 'Terug naar live', ask: 'Vraag', send: 'Versturen', close: 'Sluiten', placeholder: 'Je vraag voor de spreker', sent: 'Verstuurd. Dank je!', tooSoon: 'Wacht een paar seconden voor je opnieuw iets vraagt.', tooLong: 'Dat is te lang.', offline: 'Opnieuw verbinden…' },
  he: { backToLive: 'חזרה לשידור', ask: 'שאלה', send: 'שליחה', close: 'סגירה', placeholder: 'השאלה שלך למרצה', sent: 'נשלח. תודה!', tooSoon: 'נא להמתין כמה שניות לפני שאלה נוספת.', tooLong: 'השאלה ארוכה מדי.', offline: 'מתחבר מחדש…' },
  ar: { backToLive: 'العودة إلى البث', ask: 'اسأل', send: 'إرسال', close: 'إغلاق', placeholder: 'سؤالك للمتحدث', sent: 'أُرسل. شكرًا!', tooSoon: 'انتظر بضع ثوانٍ قبل أن تسأل مرة أخرى.', tooLong: 'السؤال طويل جدًا.', offline: 'جارٍ إعادة الاتصال…' },
  zh: { backToLive: '回到直播', ask: '提问', send: '发送', close: '关闭', placeholder: '你想问演讲者的问题', sent: '已发送，谢谢！', tooSoon: '请稍等几秒再提问。', tooLong: '问题太长了。', offline: '正在重新连接…' },
  ja: { backToLive: 'ライブに戻る', ask: '質問', send: '送信', close: '閉じる', placeholder: '発表者への質問', sent: '送信しました。ありがとうございます！', tooSoon: '数秒待ってからもう一度質問してください。', tooLong: '長すぎます。', offline: '再接続中…' },
};

export function liveStrings(lang = document.documentElement.lang): LiveStrings {
  return STRINGS[lang.split('-')[0]!.toLowerCase()] ?? STRINGS.en!;
}
