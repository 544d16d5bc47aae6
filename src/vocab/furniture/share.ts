import type { FurnitureKind } from './kind.ts';

/** Share bars: "Share this:", "Click to share on X", the networks' names on lines of their own. */
export const SHARE: FurnitureKind = {
  reason: 'share line',
  endsArticle: true,
  lines: {
    en: ['share', 'shares', 'share this', 'share this post', 'share this article', 'share this story', 'share post', 'share article', 'tweet', 'pin it', 'email this', 'copy link', 'copy url', 'facebook', 'twitter', 'linkedin', 'pinterest', 'whatsapp', 'reddit', 'telegram', 'bluesky', 'mastodon', 'tumblr', 'flipboard'],
    es: ['compartir', 'comparte', 'compartir esto', 'compartir artículo', 'comparte este artículo', 'correo electrónico', 'comparte esto', 'compártelo'],
    de: ['teilen', 'diesen beitrag teilen', 'artikel teilen', 'beitrag teilen', 'link kopieren', 'teilen mit'],
    fr: ['partager', 'partager cet article', 'partagez', 'partagez cet article', 'copier le lien', 'partager ceci'],
    it: ['condividi', 'condividi questo articolo', 'condividi l\'articolo', 'copia link', 'condividi questo'],
    pt: ['partilhar', 'partilhe', 'compartilhar', 'compartilhe', 'partilhar este artigo', 'compartilhe este artigo', 'copiar link', 'compartilhe isso', 'compartilhar isso', 'partilhe isto', 'partilhar isto'],
    nl: ['delen', 'deel dit artikel', 'deel dit bericht', 'link kopiëren'],
    he: ['שתפו', 'שתף', 'שיתוף', 'שתפו את הכתבה', 'שתפו את הפוסט', 'העתק קישור', 'פייסבוק', 'וואטסאפ', 'טוויטר', 'לינקדאין', 'טלגרם', 'אימייל'],
    ar: ['شارك', 'مشاركة', 'شارك المقال', 'شارك هذا', 'نسخ الرابط', 'فيسبوك', 'واتساب', 'تويتر', 'لينكدإن', 'تيليجرام'],
  },
  inRuns: {
    en: ['print', 'email', 'e-mail', 'x', 'threads', 'pocket'],
    es: ['imprimir', 'correo'],
    de: ['drucken'],
    fr: ['imprimer'],
    it: ['stampa'],
    pt: ['imprimir'],
  },
  openers: {
    en: ['share on', 'share to', 'share via', 'click to share', 'click to email', 'click to print', 'share this:', 'email this'],
    es: ['compartir en', 'comparte en', 'compartir:', 'haz clic para compartir'],
    de: ['teilen auf', 'auf facebook teilen', 'teilen:'],
    fr: ['partager sur', 'partager :', 'partager:', 'cliquez pour partager'],
    it: ['condividi su', 'condividi:', 'fai clic per condividere'],
    pt: ['partilhar no', 'partilhar na', 'compartilhar no', 'compartilhar:', 'partilhar:'],
    nl: ['delen op', 'deel op', 'delen:'],
    he: ['שתפו ב', 'שתף ב'],
    ar: ['شارك على', 'شارك عبر'],
  },
  maxWords: 10,
};
