import type { LexiconData } from './types.ts';

export const pt: LexiconData = {
  function:
    'o a os as um uma uns umas este esta estes estas esse essa seu sua seus suas se lhe não muito mais menos também só cada outro ' +
    'outra ao aos à às em no na nos nas com por pelo pela para sem sobre entre desde até de do da dos das e ou nem mas enquanto ' +
    'que quem qual quais onde quando porque embora como é são foi foram era eram tem têm ser sido está estão pode podem',
  clauseOpeners: 'enquanto quem qual quais onde quando porque embora pois',
  coordinators: 'e ou nem mas',
  introOpeners: 'a ao em no na com por pelo pela para sem sobre entre desde até durante após antes segundo como quando enquanto apesar graças',
  notOnly: 'não só|não apenas|não somente',
  conditions: 'se caso',
  appositive: 'um uma o a os as que quem qual',
  markers: 'além disso|no entanto|por exemplo|por outro lado|em conclusão|em resumo|portanto|finalmente|de fato|hoje|assim',
  pronouns: 'ele ela eles elas isto isso aquilo',
  fluff: [/\bneste (artigo|post)/i],
  subjectStarts: 'o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela seu sua seus suas meu minha nosso nossa cada todo toda todos todas muitos muitas alguns algumas eu tu ele ela nós eles elas',
  continuers: 'depois então também',
};
