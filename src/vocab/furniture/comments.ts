import type { FurnitureKind } from './kind.ts';

/** Comment sections: their headers and counts, reply links, the reply form, "X says:" lines. */
export const COMMENTS: FurnitureKind = {
  reason: 'comments',
  endsArticle: true,
  lines: {
    en: ['comment', 'comments', '# comment', '# comments', '# comments:', 'no comments', 'no comments yet', 'post a comment', 'leave a comment', 'leave a reply', 'leave a reply cancel reply', 'add a comment', 'write a comment', 'reply', 'cancel reply', 'post comment', 'submit comment', 'discussion about this post', 'join the discussion', 'join the conversation', 'show comments', 'load more comments', '# responses', '# replies', 'responses', 'no posts', 'view comments'],
    es: ['comentario', 'comentarios', '# comentarios', 'deja un comentario', 'dejar un comentario', 'deja una respuesta', 'dejar una respuesta', 'publicar un comentario', 'responder', 'cancelar respuesta', 'publicar comentario', 'sin comentarios', 'comentario *', 'nombre *', 'correo electrónico *', 'web', 'sitio web'],
    de: ['kommentar', 'kommentare', '# kommentare', 'kommentar schreiben', 'kommentar hinterlassen', 'einen kommentar hinterlassen', 'schreibe einen kommentar', 'antworten', 'antwort abbrechen', 'kommentar abschicken', 'keine kommentare', 'kommentar *', 'name *', 'e-mail *', 'website'],
    fr: ['commentaire', 'commentaires', '# commentaires', 'laisser un commentaire', 'laisser une réponse', 'répondre', 'annuler la réponse', 'publier le commentaire', 'aucun commentaire', 'commentaire *', 'nom *', 'e-mail *', 'site web'],
    it: ['commento', 'commenti', '# commenti', 'commenta', 'lascia un commento', 'lascia una risposta', 'rispondi', 'annulla risposta', 'pubblica il commento', 'nessun commento'],
    pt: ['comentário', 'comentários', '# comentários', 'comentar', 'deixe um comentário', 'deixe uma resposta', 'responder', 'cancelar resposta', 'publicar comentário', 'sem comentários'],
    nl: ['reactie', 'reacties', '# reacties', 'laat een reactie achter', 'reageer', 'reageren', 'beantwoorden', 'geen reacties'],
    he: ['תגובה', 'תגובות', '# תגובות', 'השאירו תגובה', 'כתבו תגובה', 'הוסף תגובה', 'הגב', 'השב'],
    ar: ['تعليق', 'تعليقات', '# تعليقات', 'اترك تعليقا', 'اترك تعليقاً', 'أضف تعليقا', 'رد', 'الرد'],
  },
  inRuns: {
    en: ['discussion', 'website', 'name *', 'email *', 'comment *'],
  },
  openers: {
    en: ['# thoughts on', '# thought on', '# responses to', '# comments on', '# replies to', 'one thought on', 'one response to', 'your email address will not be published', 'save my name, email', 'notify me of', 'comments are closed', 'to view or add a comment', 'subscribe to: post comments', 'leave a reply', 'leave a comment'],
    es: ['# comentarios en', 'tu dirección de correo electrónico no será publicada', 'guarda mi nombre', 'los comentarios están cerrados', 'deja una respuesta', 'deja un comentario'],
    de: ['# gedanken zu', 'deine e-mail-adresse wird nicht veröffentlicht', 'ihre e-mail-adresse wird nicht veröffentlicht', 'meinen namen, meine e-mail', 'schreibe einen kommentar', 'hinterlasse einen kommentar'],
    fr: ['# réflexions sur', 'votre adresse e-mail ne sera pas publiée', 'votre adresse courriel ne sera pas publiée', 'enregistrer mon nom', 'laisser un commentaire', 'laisser une réponse'],
    it: ['# pensieri su', 'il tuo indirizzo email non sarà pubblicato', 'per visualizzare o aggiungere un commento', 'salva il mio nome', 'lascia un commento', 'lascia una risposta'],
    pt: ['# comentários em', 'o seu endereço de email não será publicado', 'o seu endereço de e-mail não será publicado', 'seu endereço de e-mail não será publicado', 'guardar o meu nome', 'deixe um comentário', 'deixe uma resposta'],
    nl: ['# gedachten over', 'je e-mailadres wordt niet gepubliceerd', 'laat een reactie achter'],
    he: ['כתובת האימייל שלך לא תפורסם'],
    ar: ['لن يتم نشر عنوان بريدك الإلكتروني'],
  },
  closers: {
    en: ['says:', 'said:', 'said...', 'said…', 'wrote:', 'commented:', 'replied:'],
    es: ['dice:', 'dijo:', 'escribió:', 'comentó:'],
    de: ['sagt:', 'sagte:', 'schreibt:', 'schrieb:', 'meint:'],
    fr: ['dit :', 'dit:', 'a dit :', 'a dit:', 'a écrit :', 'a écrit:'],
    it: ['dice:', 'ha detto:', 'ha scritto:', 'scrive:'],
    pt: ['diz:', 'disse:', 'escreveu:', 'comentou:'],
    nl: ['zegt:', 'schreef:', 'reageerde:'],
    he: ['כתב:', 'כתבה:', 'אמר:'],
    ar: ['قال:', 'كتب:', 'يقول:'],
  },
  maxWords: 25,
};
