import type { FurnitureKind } from './kind.ts';

/** Menus, skip links and post navigation. */
export const NAVIGATION: FurnitureKind = {
  reason: 'navigation',
  endsArticle: true,
  lines: {
    en: ['skip to content', 'skip to main content', 'skip to navigation', 'menu', 'main menu', 'toggle navigation', 'home', 'search', 'search for:', 'post navigation', 'posts navigation', 'previous post', 'next post', 'previous', 'next', 'newer post', 'older post', 'newer posts', 'older posts', 'newer post older post home', 'back to top', 'go to top', 'show all', 'see all', 'load more', 'close'],
    es: ['saltar al contenido', 'ir al contenido', 'menú', 'inicio', 'buscar', 'entrada anterior', 'entrada siguiente', 'anterior', 'siguiente', 'entradas más recientes', 'entradas antiguas', 'volver arriba', 'ver todo'],
    de: ['zum inhalt springen', 'direkt zum inhalt', 'menü', 'startseite', 'suche', 'suchen', 'beitragsnavigation', 'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel', 'zurück', 'weiter', 'nach oben', 'alle anzeigen'],
    fr: ['aller au contenu', 'aller au contenu principal', 'accueil', 'rechercher', 'navigation des articles', 'article précédent', 'article suivant', 'précédent', 'suivant', 'retour en haut', 'voir tout'],
    it: ['vai al contenuto', 'salta al contenuto', 'cerca', 'navigazione articoli', 'articolo precedente', 'articolo successivo', 'precedente', 'successivo', 'torna su', 'mostra tutto', 'mostra altro'],
    pt: ['saltar para o conteúdo', 'ir para o conteúdo', 'início', 'pesquisar', 'procurar', 'navegação de artigos', 'artigo anterior', 'próximo artigo', 'anterior', 'seguinte', 'próximo', 'voltar ao topo', 'ver tudo'],
    nl: ['naar de inhoud', 'ga naar inhoud', 'zoeken', 'vorig bericht', 'volgend bericht', 'vorige', 'volgende', 'terug naar boven', 'alles bekijken'],
    he: ['דלג לתוכן', 'תפריט', 'דף הבית', 'ראשי', 'חיפוש', 'הפוסט הקודם', 'הפוסט הבא', 'הקודם', 'הבא', 'חזרה למעלה'],
    ar: ['تخطى إلى المحتوى', 'القائمة', 'الرئيسية', 'بحث', 'المقال السابق', 'المقال التالي', 'السابق', 'التالي', 'العودة للأعلى'],
  },
  openers: {
    en: ['previous post:', 'next post:', 'previous:', 'next:', 'skip to', '« previous', 'next »'],
    es: ['entrada anterior:', 'entrada siguiente:', 'anterior:', 'siguiente:'],
    de: ['vorheriger beitrag:', 'nächster beitrag:', 'zurück:', 'weiter:'],
    fr: ['article précédent :', 'article suivant :', 'précédent :', 'suivant :'],
    it: ['articolo precedente:', 'articolo successivo:', 'precedente:', 'successivo:'],
    pt: ['artigo anterior:', 'próximo artigo:', 'anterior:', 'seguinte:'],
    nl: ['vorige:', 'volgende:'],
    he: ['הקודם:', 'הבא:'],
    ar: ['السابق:', 'التالي:'],
  },
  maxWords: 14,
};
