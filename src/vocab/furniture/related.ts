import type { FurnitureKind } from './kind.ts';

/** Lists of other posts: related, recommended, popular, recent, most read, archives, topics. */
export const RELATED: FurnitureKind = {
  reason: 'related posts',
  endsArticle: true,
  lines: {
    en: ['related posts', 'related post', 'related articles', 'related stories', 'related reading', 'you may also like', 'you might also like', 'you may also enjoy', 'you might also enjoy', 'recommended for you', 'recommended reading', 'read next', 'up next', 'more stories', 'more posts', 'more articles', 'more like this', 'popular posts', 'popular posts from this blog', 'most popular', 'most read', 'trending now', 'recent posts', 'latest posts', 'blog archive', 'explore topics', 'keep reading', 'also on this site', 'ready for more?', 'others also viewed', 'people also viewed', 'more to read', 'you may have missed'],
    es: ['entradas relacionadas', 'artículos relacionados', 'publicaciones relacionadas', 'te puede interesar', 'también te puede interesar', 'también te puede gustar', 'lo más leído', 'más leídos', 'entradas recientes', 'entradas populares', 'archivo del blog', 'sigue leyendo'],
    de: ['ähnliche beiträge', 'ähnliche artikel', 'verwandte artikel', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'weitere artikel', 'weitere beiträge', 'meistgelesen', 'meistgelesene artikel', 'neueste beiträge', 'beliebte beiträge', 'blogarchiv'],
    fr: ['articles similaires', 'articles connexes', 'articles liés', 'sur le même sujet', 'vous aimerez aussi', 'vous aimerez peut-être aussi', 'à lire aussi', 'les plus lus', 'articles récents', 'articles populaires', 'explorer les sujets'],
    it: ['articoli correlati', 'post correlati', 'potrebbe interessarti', 'ti potrebbe interessare', 'altri utenti hanno visualizzato anche', 'i più letti', 'più letti', 'articoli recenti', 'articoli popolari', 'esplora gli argomenti', 'mostra tutto'],
    pt: ['artigos relacionados', 'posts relacionados', 'publicações relacionadas', 'você também pode gostar', 'também pode gostar', 'pode também gostar', 'mais lidas', 'mais lidos', 'artigos recentes', 'publicações recentes'],
    nl: ['gerelateerde artikelen', 'gerelateerde berichten', 'lees ook', 'meest gelezen', 'recente berichten', 'dit vind je misschien ook leuk'],
    he: ['פוסטים קשורים', 'כתבות קשורות', 'כתבות נוספות', 'עוד כתבות', 'הנקראים ביותר', 'פוסטים אחרונים'],
    ar: ['مقالات ذات صلة', 'مواضيع ذات صلة', 'الأكثر قراءة', 'قد يعجبك أيضا', 'أحدث المقالات'],
  },
  inRuns: {
    en: ['related', 'recommended', 'popular', 'latest', 'top', 'archive', 'archives', 'topics', 'trending'],
    es: ['relacionado', 'archivo', 'archivos'],
    de: ['archiv', 'archive', 'themen'],
    fr: ['archives'],
    it: ['archivio', 'archivi'],
    pt: ['arquivo', 'arquivos'],
    nl: ['archief'],
    he: ['ארכיון'],
    ar: ['الأرشيف'],
  },
  openers: {
    en: ['more from', 'see all from', 'recommended from', 'popular posts from', 'more in', 'more on', 'other posts by', 'other articles by'],
    es: ['más de', 'más artículos de', 'otros artículos de'],
    de: ['mehr von', 'weitere artikel von', 'mehr aus'],
    fr: ['plus de', 'voir tout de', 'autres articles de', 'plus d\'articles de'],
    it: ['altri articoli di', 'altro da', 'altri post di'],
    pt: ['mais de', 'outros artigos de', 'mais artigos de'],
    nl: ['meer van', 'meer artikelen van'],
    he: ['עוד מאת', 'עוד מ'],
    ar: ['المزيد من', 'مقالات أخرى'],
  },
  maxWords: 8,
};
