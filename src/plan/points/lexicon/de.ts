import type { LexiconData } from './types.ts';

export const de: LexiconData = {
  function:
    'der die das den dem des ein eine einen einem einer eines sich sein seine seiner ihr ihre ihrem ihren es er sie wir man nicht ' +
    'auch noch sehr mehr nur schon so dies diese dieser dieses jede jeder jedes kein keine zu zum zur im in an am auf für bei beim ' +
    'aus nach über unter vor durch gegen ohne um mit seit bis von vom und oder sowie aber während weil obwohl dass wenn als wie ' +
    'sondern denn ob da damit welche welcher welches ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können muss soll',
  clauseOpeners: 'während weil obwohl dass wenn denn ob damit welche welcher welches wobei weshalb wer nachdem bevor',
  coordinators: 'und oder sowie aber sondern',
  introOpeners: 'zu zum zur im in an am auf für bei beim aus nach über unter vor durch gegen ohne um mit seit bis laut trotz wegen als während obwohl nachdem',
  notOnly: 'nicht nur',
  conditions: 'wenn falls ob sofern',
  appositive: 'ein eine einer der die das welche welcher welches',
  markers: 'außerdem|allerdings|zudem|schließlich|zum beispiel|jedoch|deshalb|daher|trotzdem|dennoch|zunächst|heute|kurz gesagt|im fazit',
  impersonal: "es gibt|es ist|es lohnt|es geht|es reicht",
  pronouns: 'es er sie dies das diese dieser',
  fluff: [/\bin diesem (artikel|beitrag)/i],
  subjectStarts: 'der die das den dem des ein eine einen einem einer eines dieser diese dieses jeder jede jedes kein keine mein meine sein seine ihr ihre unser unsere alle viele ich du er sie es wir man',
  continuers: 'dann danach also auch',
};
