import type { FurnitureKind } from './kind.ts';

/** Tag and category lines: a label, a colon, then a comma-separated list ("Labels: synths, repair"). */
export const TAGS: FurnitureKind = {
  reason: 'tags',
  endsArticle: true,
  lines: {
    en: ['tags', 'tags:', 'labels:', 'categories:', 'filed under:', 'topics:'],
  },
  openers: {
    en: ['tags:', 'tag:', 'tagged:', 'tagged with', 'labels:', 'label:', 'categories:', 'category:', 'filed under', 'posted in', 'topics:'],
    es: ['etiquetas:', 'etiqueta:', 'categorías:', 'categoría:', 'temas:', 'archivado en'],
    de: ['schlagwörter:', 'schlagworte:', 'stichwörter:', 'tags:', 'kategorien:', 'kategorie:', 'themen:', 'abgelegt unter'],
    fr: ['étiquettes :', 'étiquettes:', 'mots-clés :', 'mots-clés:', 'catégories :', 'catégories:', 'catégorie :', 'catégorie:', 'sujets :', 'classé dans'],
    it: ['tag:', 'etichette:', 'categorie:', 'categoria:', 'argomenti:', 'archiviato in'],
    pt: ['etiquetas:', 'marcadores:', 'categorias:', 'categoria:', 'temas:', 'arquivado em'],
    nl: ['tags:', 'trefwoorden:', 'categorieën:', 'categorie:', 'onderwerpen:'],
    he: ['תגיות:', 'קטגוריות:', 'קטגוריה:', 'נושאים:'],
    ar: ['الوسوم:', 'وسوم:', 'التصنيفات:', 'التصنيف:', 'الكلمات المفتاحية:'],
  },
  maxWords: 30,
};
