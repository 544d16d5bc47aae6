import type { LexiconData } from './types.ts';

export const en: LexiconData = {
  function:
    'a an the this these those such some any each every no not all both either neither much many more most less few several ' +
    "other another own same than just also only even very too quite rather i me my we us our you your he him his she her it its " +
    "they them their there here what whatever e.g i.e it's they're we're you're that's there's being having s " +
    'of to in on for with at by from into onto about above across after against along among around before behind below beneath ' +
    'beside between beyond during inside near over through throughout toward towards under upon within without via despite like ' +
    'unlike per including and or nor but while which who whom where when because although though whereas since unless until ' +
    'that whether if yet so as once is are was were be been am has have had do does did will would shall should can could may might must',
  clauseOpeners: 'while which who whom whose where when because although though whereas unless until whether if once since',
  coordinators: 'and or nor but yet so',
  introOpeners: 'as in on at by for from with within without after before during since through throughout under over across among amid along despite unlike like following according while although though whereas when once until because given thanks beyond besides toward towards upon via',
  notOnly: 'not just|not only|not merely|not simply|not solely',
  conditions: 'if unless whether provided',
  appositive: 'a an the one which who whose once formerly now founded based known led headquartered',
  markers:
    'yes|no|however|moreover|furthermore|additionally|also|indeed|in addition|in fact|in conclusion|in short|in summary|of course|' +
    'therefore|thus|hence|finally|ultimately|besides|meanwhile|consequently|similarly|likewise|notably|importantly|overall|' +
    'for example|for instance|on the other hand|as a result|in other words|after all|first|second|third|firstly|secondly|lastly|' +
    'to be sure|to be fair|in turn|at the same time|by contrast|in contrast|still|then|now|today|instead|fortunately|unfortunately|' +
    'interestingly|surprisingly|of note|in particular|above all|all in all|in the end|to sum up|simply put|put simply|in essence',
  impersonal: "it takes|it seems|it appears|it turns out|it remains|it pays",
  pronouns: 'it they he she them him her this that these those its their his',
  adverbs: 'undoubtedly undeniably truly really certainly clearly arguably essentially basically actually indeed surely definitely',
  attribution:
    'argue argues argued say says said believe believes believed think thinks thought claim claims claimed suggest suggests ' +
    'suggested note notes noted warn warns warned predict predicts predicted contend contends contended insist insists insisted ' +
    'fear fears feared hope hopes hoped expect expects expected agree agrees agreed point points pointed maintain maintains ' +
    'maintained acknowledge acknowledges acknowledged report reports reported estimate estimates estimated',
  fluff: [
    /\bneeds? no introduction\b/i,
    /\bin this (article|post|blog|piece|guide|essay)\b/i,
    /\b(join us|read on|stay tuned|without further ado|buckle up|click here|subscribe)\b/i,
    /\blet['’]?s (dive|delve|explore|take a (closer )?look)\b/i,
    /\bwe will (explore|discuss|dissect|look at|delve|examine)\b/i,
    /\b(goes without saying|as we all know|with great power comes great responsibility)\b/i,
  ],
  subjectStarts: 'a an the this that these those some any my our your his her its their no every each all both many most more less fewer few several i we you he she it they there one',
  continuers: 'then also too',
  subordinating: 'as after before since until once till',
};
