import type { FurnitureKind } from './kind.ts';

/** Likes, claps, recommendations and their counts ("214 Likes", "Like this:", "Consiglia"). */
export const REACTIONS: FurnitureKind = {
  reason: 'reactions',
  endsArticle: true,
  lines: {
    en: ['like', 'like this', 'like this:', 'like loading', 'liked by', '# likes', '# like', 'likes', '# claps', 'clap', '# restacks', 'restack', 'restacks', 'recommend', '# reactions', 'reactions', 'was this helpful?', 'was this article helpful?', 'was this post helpful?', '# followers', '# views', '# responses', 'responses'],
    es: ['me gusta', '# me gusta', 'recomendar', '# reacciones', '# seguidores', '¿te ha resultado útil?', '¿te resultó útil?'],
    de: ['gefällt mir', '# gefällt mir', 'empfehlen', '# reaktionen', '# follower', 'war dieser artikel hilfreich?'],
    fr: ['j\'aime', '# j\'aime', 'recommander', '# réactions', '# abonnés', 'cet article vous a-t-il été utile ?'],
    it: ['mi piace', '# mi piace', 'consiglia', 'consigliato', '# reazioni', '# follower', 'ti è stato utile?'],
    pt: ['gosto', 'curtir', '# gostos', '# curtidas', 'recomendar', '# reações', '# seguidores', 'este artigo foi útil?'],
    nl: ['vind ik leuk', 'aanbevelen', '# reacties', '# volgers', 'was dit artikel nuttig?'],
    he: ['אהבתי', 'לייק', '# עוקבים'],
    ar: ['أعجبني', 'إعجاب', '# متابع', '# متابعين'],
  },
  maxWords: 8,
};
