/**
 * The checker's own word lists, kept apart from the points code on purpose: a point is judged by
 * these, not by the lists that produced it.
 */

/** Words that open a new clause: a point may stop right before them. Complementisers ("that") are not here: "argue | that X" leaves the verb without its object. */
export const CLAUSE_STARTS: Record<string, string> = {
  en: 'which who whom whose where when while because although though whereas unless until if since once whether but yet',
  es: 'pero mientras porque aunque cuando donde quien quienes cual cuales sino si',
  de: 'aber weil obwohl während wenn denn sondern ob damit welche welcher welches',
  fr: 'mais qui dont où quand parce lorsque puisque car si tandis',
  it: 'ma cui dove quando perché mentre se sebbene poiché',
  pt: 'mas onde quando porque embora enquanto se pois',
  nl: 'maar omdat terwijl hoewel wanneer want',
};

/** Pronouns that leave a point without its subject when they open it. */
export const PRONOUNS: Record<string, string> = {
  en: "it it's its they they're their he he's his she she's her this that these those",
  es: 'él ella ellos ellas esto eso ello',
  de: 'es er sie dies',
  fr: 'il elle ils elles cela ceci ça',
  it: 'esso essa essi esse ciò lui lei',
  pt: 'ele ela eles elas isto isso',
  nl: 'hij zij ze dit',
};

/** Demonstratives: a pronoun only when no noun follows ("This is" vs "This collaboration"). */
export const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** "Not only X" openers that need their "but Y". */
export const NOT_ONLY = /\b(not (just|only|merely|simply)|no s[oó]lo|nicht nur|non seulement|non solo|não (só|apenas))\b/iu;

/** Words that join words or clauses: a new clause only when a subject pronoun or a verb follows. */
export const COORDINATORS: Record<string, string> = {
  en: 'and or nor',
  es: 'y e o u ni',
  de: 'und oder sowie',
  fr: 'et ou ni',
  it: 'e ed o né',
  pt: 'e ou nem',
  nl: 'en of',
};

/** Subject pronouns: after a coordinator they open a new clause ("… et je graisse la chaîne"). */
export const SUBJECTS: Record<string, string> = {
  en: 'i we you he she it they there',
  es: 'yo tú él ella nosotros vosotros ellos ellas se',
  de: 'ich du er sie es wir ihr man',
  fr: "je j' tu il elle on nous vous ils elles",
  it: 'io tu lui lei noi voi loro si',
  pt: 'eu tu ele ela nós vós eles elas se',
  nl: 'ik jij je hij zij ze wij we jullie',
};

/** Articles, determiners and prepositions: after a coordinator they continue a phrase ("… y las lechugas"). */
export const PHRASE_WORDS: Record<string, string> = {
  en: 'a an the this that these those some any my our your his her its their no every each all both of to in on for with at by from',
  es: 'el la los las un una unos unas su sus mi mis este esta estos estas ese esa de del a al en con por para',
  de: 'der die das den dem des ein eine einen einem einer eines sein seine ihr ihre von zu mit für in im auf',
  fr: "le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs mon ma mes à au aux en dans pour par avec",
  it: "il lo la i gli le l' un uno una del della dei delle suo sua di a da in con su per",
  pt: 'o a os as um uma uns umas seu sua do da dos das de em no na com por para',
  nl: 'de het een zijn haar hun van in op met voor aan',
};

/** Openings whose pronoun stands for nothing: "it seems", "il faut", "es gibt". */
export const IMPERSONAL = /^(it (seems|appears|takes|turns|remains)|il (faut|y|est|s'agit|semble|reste|suffit)|es (gibt|geht|lohnt|reicht))$/u;

/** Words that open a clause's subject: articles, determiners, subject pronouns (elided forms end in '). */
export const SUBJECT_STARTS: Record<string, string> = {
  en: 'a an the this that these those some any my our your his her its their no every each all both many most more less fewer few several i we you he she it they there one',
  es: 'el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella su sus mi mis nuestro nuestra cada todo toda todos todas muchos muchas algunos algunas ningún ninguna yo tú él ella nosotros nosotras ellos ellas usted ustedes se',
  de: 'der die das den dem des ein eine einen einem einer eines dieser diese dieses jeder jede jedes kein keine mein meine sein seine ihr ihre unser unsere alle viele ich du er sie es wir ihr man',
  fr: "le la les l' un une des du ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos chaque tout toute tous toutes plusieurs aucun aucune je j' tu il elle on nous vous ils elles c' ça cela",
  it: "il lo la i gli le l' un uno una un' questo questa questi queste quel quella quei quelle suo sua suoi sue mio mia nostro nostra ogni tutti tutte molti molte alcuni alcune io tu lui lei noi voi loro si",
  pt: 'o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela seu sua seus suas meu minha nosso nossa cada todo toda todos todas muitos muitas alguns algumas eu tu ele ela nós eles elas se',
  nl: 'de het een dit dat deze die zijn haar hun mijn ons onze elk elke alle veel geen ik jij je hij zij ze wij we u men er',
};

/** Words that carry a clause on rather than open one: a point never starts on them. */
export const CONTINUERS: Record<string, string> = {
  en: 'then also too else',
  es: 'luego después entonces también además',
  de: 'dann danach also auch',
  fr: 'puis ensuite alors aussi',
  it: 'poi quindi allora anche',
  pt: 'depois então também',
  nl: 'dan daarna toen ook',
};

/** Complementisers: an attribution ("X argue that") ends on them. */
export const THAT = new Set(['that', 'que', 'dass', 'daß', 'che', 'dat']);

/** English prepositions that also open a clause ("As these two giants continue…, X"). */
export const SUBORDINATING_PREPOSITIONS = new Set(['as', 'after', 'before', 'since', 'until', 'once', 'till']);
