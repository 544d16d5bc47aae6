import type { LexiconData } from './types.ts';

export const it: LexiconData = {
  function:
    "il lo la i gli le un uno una un' questo questa questi queste quel quella suo sua suoi sue loro si ci non più molto anche " +
    "già solo ogni altro altra a al allo alla ai agli alle in nel nello nella nei negli nelle con per su sul sulla tra fra da dal " +
    "dalla di del dello della dei degli delle e ed o né ma mentre che chi cui quale quali dove quando perché sebbene come se " +
    'è sono era erano ha hanno aveva stato essere sarà può possono',
  clauseOpeners: 'mentre cui quale quali dove quando perché sebbene benché poiché',
  coordinators: 'e ed o né ma',
  introOpeners: 'a al alla in nel nella con per su sul tra fra da dal dalla durante dopo prima secondo come mentre quando grazie nonostante oltre',
  notOnly: 'non solo|non soltanto',
  conditions: 'se qualora',
  appositive: 'un uno una il lo la che cui quale',
  markers: 'inoltre|tuttavia|per esempio|ad esempio|infine|in conclusione|quindi|dunque|però|innanzitutto|oggi|in sintesi|in realtà',
  pronouns: 'esso essa essi esse ciò lui lei loro',
  fluff: [/\bin questo (articolo|post)/i],
  subjectStarts: "il lo la i gli le l' un uno una un' questo questa questi queste quel quella quei quelle suo sua suoi sue mio mia nostro nostra ogni tutti tutte molti molte alcuni alcune io tu lui lei noi voi loro",
  continuers: 'poi quindi allora anche',
};
