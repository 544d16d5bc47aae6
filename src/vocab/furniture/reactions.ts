import type { FurnitureKind } from './kind.ts';

/** Likes, claps, recommendations and their counts ("214 Likes", "Like this:", "Consiglia"). */
export const REACTIONS: FurnitureKind = {
  reason: 'reactions',
  endsArticle: true,
  lines: {
    en: ['like this', 'like this:', 'like loading', 'liked by', '# likes', '# like', '# claps', '# restacks', '# reactions', 'was this helpful?', 'was this article helpful?', 'was this post helpful?', '# followers', '# views', '# responses'],
    es: ['me gusta', '# me gusta', '# reacciones', '# seguidores', '¿te ha resultado útil?', '¿te resultó útil?', 'me gusta esto', 'me gusta esto:', 'me gusta cargando'],
    de: ['gefällt mir', '# gefällt mir', '# reaktionen', '# follower', 'war dieser artikel hilfreich?', 'gefällt mir wird geladen'],
    fr: ['j\'aime', '# j\'aime', '# réactions', '# abonnés', 'cet article vous a-t-il été utile ?', 'j\'aime ceci', 'j\'aime chargement'],
    it: ['mi piace', '# mi piace', '# reazioni', '# follower', 'ti è stato utile?', 'mi piace caricamento'],
    pt: ['# gostos', '# curtidas', '# reações', '# seguidores', 'este artigo foi útil?', 'curtir carregando', 'gosto carregando'],
    nl: ['vind ik leuk', '# reacties', '# volgers', 'was dit artikel nuttig?'],
    he: ['אהבתי', '# עוקבים'],
    ar: ['أعجبني', '# متابع', '# متابعين'],
  },
  inRuns: {
    en: ['like', 'likes', 'clap', 'restack', 'restacks', 'recommend', 'reactions', 'responses'],
    es: ['recomendar'],
    de: ['empfehlen'],
    fr: ['recommander'],
    it: ['consiglia', 'consigliato'],
    pt: ['gosto', 'curtir', 'recomendar'],
    nl: ['aanbevelen'],
    he: ['לייק'],
    ar: ['إعجاب'],
  },
  maxWords: 8,
};
