import type { LexiconData } from './types.ts';

export const fr: LexiconData = {
  function:
    'le la les un une des du ce cet cette ces son sa ses leur leurs mon ma mes notre nos se ne pas plus moins très aussi tout tous ' +
    "toute toutes il elle ils elles on nous vous y à au aux en dans sur pour par avec sans sous entre vers chez pendant depuis contre " +
    "selon de d' et ou ni mais tandis qui que dont où quand parce comme si lorsque puisque car est sont était étaient a ont avait " +
    'avaient été être sera seront peut peuvent',
  clauseOpeners: 'tandis qui dont où quand parce lorsque puisque car',
  coordinators: 'et ou ni mais',
  introOpeners: 'à au aux en dans sur pour par avec sans sous entre vers chez pendant depuis contre selon comme lorsque quand après avant malgré grâce',
  notOnly: 'non seulement|pas seulement|pas uniquement',
  conditions: 'si',
  appositive: 'un une le la les ce cet cette ces qui dont lequel laquelle',
  markers:
    "cependant|en outre|de plus|en conclusion|par exemple|enfin|toutefois|ainsi|d'ailleurs|par ailleurs|néanmoins|" +
    "d'abord|ensuite|aujourd'hui|en effet|bref|pourtant|en revanche|en somme",
  impersonal: "il faut|il y|il est|il s'agit|il semble|il reste|il suffit",
  pronouns: 'il elle ils elles cela ceci ça',
  fluff: [/\bdans cet article\b/i],
  subjectStarts: "le la les l' un une des du ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos chaque tout toute tous toutes plusieurs aucun aucune je j' tu il elle on nous vous ils elles c' cela",
  continuers: 'puis ensuite alors aussi',
};
