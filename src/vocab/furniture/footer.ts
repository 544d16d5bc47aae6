import type { FurnitureKind } from './kind.ts';

/** A site's footer: "Powered by …", copyright, legal links, "Report abuse", app links. */
export const FOOTER: FurnitureKind = {
  reason: 'footer',
  endsArticle: true,
  lines: {
    en: ['privacy', 'privacy policy', 'terms', 'terms of service', 'terms of use', 'terms and conditions', 'contact', 'contact us', 'report abuse', 'report this article', 'get the app', 'start writing', 'help', 'status', 'careers', 'press', 'sitemap', 'accessibility', 'imprint', 'collection notice', 'do not sell my personal information'],
    es: ['política de privacidad', 'privacidad', 'aviso legal', 'términos y condiciones', 'contacto', 'denunciar abuso', 'denunciar este artículo', 'mapa del sitio'],
    de: ['datenschutz', 'datenschutzerklärung', 'impressum', 'agb', 'nutzungsbedingungen', 'kontakt', 'missbrauch melden', 'diesen artikel melden'],
    fr: ['politique de confidentialité', 'confidentialité', 'mentions légales', 'conditions d\'utilisation', 'nous contacter', 'signaler un abus', 'signaler cet article', 'plan du site'],
    it: ['informativa sulla privacy', 'privacy', 'note legali', 'termini di servizio', 'contatti', 'segnala abuso', 'segnala questo articolo'],
    pt: ['política de privacidade', 'privacidade', 'termos de utilização', 'termos de uso', 'contactos', 'contato', 'denunciar abuso', 'denunciar este artigo'],
    nl: ['privacybeleid', 'privacy', 'algemene voorwaarden', 'contact', 'misbruik melden'],
    he: ['מדיניות פרטיות', 'תנאי שימוש', 'צור קשר', 'דווח על תוכן'],
    ar: ['سياسة الخصوصية', 'الشروط والأحكام', 'اتصل بنا', 'الإبلاغ عن إساءة'],
  },
  openers: {
    en: ['powered by', 'proudly powered by', 'built with', 'theme by', 'all rights reserved', 'copyright', '©', '(c) #', 'privacy ·', 'privacy ∙', 'privacy |'],
    es: ['con la tecnología de', 'funciona con', 'desarrollado con', 'todos los derechos reservados'],
    de: ['bereitgestellt von', 'betrieben mit', 'alle rechte vorbehalten', 'stolz präsentiert von'],
    fr: ['propulsé par', 'fièrement propulsé par', 'tous droits réservés'],
    it: ['realizzato con', 'creato con', 'tutti i diritti riservati'],
    pt: ['desenvolvido por', 'criado com', 'com tecnologia', 'todos os direitos reservados'],
    nl: ['mogelijk gemaakt door', 'alle rechten voorbehouden'],
    he: ['כל הזכויות שמורות', 'מופעל על ידי'],
    ar: ['جميع الحقوق محفوظة', 'مدعوم من'],
  },
  words: {
    en: ['all rights reserved', 'powered by', '©'],
    es: ['todos los derechos reservados'],
    de: ['alle rechte vorbehalten'],
    fr: ['tous droits réservés'],
    it: ['tutti i diritti riservati'],
    pt: ['todos os direitos reservados'],
    nl: ['alle rechten voorbehouden'],
    he: ['כל הזכויות שמורות'],
    ar: ['جميع الحقوق محفوظة'],
  },
  maxWords: 12,
};
