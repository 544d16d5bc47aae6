import type { FurnitureKind } from './kind.ts';

/** Menus, skip links and post navigation. */
export const NAVIGATION: FurnitureKind = {
  reason: 'navigation',
  endsArticle: true,
  lines: {
    en: ['skip to content', 'skip to main content', 'skip to navigation', 'main menu', 'toggle navigation', 'search for:', 'post navigation', 'posts navigation', 'previous post', 'next post', 'newer post', 'older post', 'newer posts', 'older posts', 'newer post older post home', 'back to top', 'go to top', 'show all', 'see all', 'load more'],
    es: ['saltar al contenido', 'ir al contenido', 'entrada anterior', 'entrada siguiente', 'entradas más recientes', 'entradas antiguas', 'volver arriba', 'ver todo', 'navegación de entradas'],
    de: ['zum inhalt springen', 'direkt zum inhalt', 'beitragsnavigation', 'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel', 'nach oben', 'alle anzeigen'],
    fr: ['aller au contenu', 'aller au contenu principal', 'navigation des articles', 'article précédent', 'article suivant', 'retour en haut', 'voir tout'],
    it: ['vai al contenuto', 'salta al contenuto', 'navigazione articoli', 'articolo precedente', 'articolo successivo', 'torna su', 'mostra tutto', 'mostra altro'],
    pt: ['saltar para o conteúdo', 'ir para o conteúdo', 'navegação de artigos', 'artigo anterior', 'próximo artigo', 'voltar ao topo', 'ver tudo'],
    nl: ['naar de inhoud', 'ga naar inhoud', 'vorig bericht', 'volgend bericht', 'terug naar boven', 'alles bekijken'],
    he: ['דלג לתוכן', 'דף הבית', 'הפוסט הקודם', 'הפוסט הבא', 'חזרה למעלה'],
    ar: ['تخطى إلى المحتوى', 'المقال السابق', 'المقال التالي', 'العودة للأعلى'],
  },
  inRuns: {
    en: ['menu', 'home', 'search', 'next', 'previous', 'close'],
    es: ['menú', 'inicio', 'buscar', 'anterior', 'siguiente'],
    de: ['menü', 'startseite', 'suche', 'suchen', 'zurück', 'weiter'],
    fr: ['accueil', 'rechercher', 'précédent', 'suivant'],
    it: ['cerca', 'precedente', 'successivo'],
    pt: ['início', 'pesquisar', 'procurar', 'anterior', 'seguinte', 'próximo'],
    nl: ['zoeken', 'vorige', 'volgende'],
    he: ['תפריט', 'ראשי', 'חיפוש', 'הקודם', 'הבא'],
    ar: ['القائمة', 'الرئيسية', 'بحث', 'السابق', 'التالي'],
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
