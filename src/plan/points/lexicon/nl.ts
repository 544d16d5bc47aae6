import type { LexiconData } from './types.ts';

export const nl: LexiconData = {
  function:
    'de het een dit dat deze die zijn haar hun ons onze je jij hij zij ze we wij men niet ook nog zeer meer alleen al elk elke geen ' +
    'te in op aan voor bij uit naar over onder door tegen zonder om met sinds tot van en of maar terwijl omdat hoewel als wanneer ' +
    'dan want is zijn was waren heeft hebben had hadden wordt worden werd werden kan kunnen moet zal',
  clauseOpeners: 'terwijl omdat hoewel wanneer want zodat nadat voordat waardoor waarbij wie',
  coordinators: 'en of maar',
  introOpeners: 'in op aan voor bij uit naar over onder door tegen zonder om met sinds tot na tijdens volgens als toen terwijl hoewel dankzij ondanks',
  notOnly: 'niet alleen',
  conditions: 'als indien tenzij',
  appositive: 'een de het die dat welke',
  markers: 'bovendien|echter|daarnaast|bijvoorbeeld|tot slot|kortom|daarom|toch|ten eerste|vandaag|uiteindelijk',
  impersonal: "het is|er is",
  pronouns: 'het hij zij ze dit dat',
  subjectStarts: 'de het een dit dat deze die zijn haar hun mijn ons onze elk elke alle veel geen ik jij je hij zij ze wij we u men er',
  continuers: 'dan daarna toen ook',
};
