/**
 * The checker's "lost main clause" rule (issue 14 follow-up): a point keeps its sentence's main
 * clause. Each pair is a point seen in a built deck and the sentence it came from.
 */
import { describe, expect, it } from 'vitest';
import { checkPoint } from '../../bench/points/check.ts';
import { distillPoints, toPhrase } from '../../src/plan/points.ts';
import { splitSentences } from '../../src/outline/split-sentences.ts';

/** [point, sentence, lang]: points that dropped the main clause or changed the meaning. */
export const LOST: [string, string, string][] = [
  ['Looked at a wall of bees, and closed it again without learning anything', 'For the first month I opened the hive, looked at a wall of bees, and closed it again without learning anything.', 'en'],
  ['Capped brood and nectar in that order, inspections went from forty nervous minutes to about fifteen calm ones', 'Once I looked for eggs, capped brood and nectar in that order, inspections went from forty nervous minutes to about fifteen calm ones.', 'en'],
  ['Humidity, I tried a simple correction based on how particles swell as they absorb water', 'Because every sensor also reported humidity, I tried a simple correction based on how particles swell as they absorb water.', 'en'],
  ['I lost my first colony in late October, and the cause was almost mites', 'I lost my first colony in late October, and the cause was almost certainly mites.', 'en'],
  ['Puis presque rien', "En conclusion, le lombricompostage en appartement demande un peu d'attention au démarrage, puis presque rien.", 'fr'],
  ['Le « thé de compost», ce liquide qui s’écoule au fond du bac', 'Le « thé de compost », ce liquide qui s’écoule au fond du bac, fait un engrais remarquable une fois dilué dans dix volumes d’eau.', 'fr'],
  ['Aplicado em camadas finas e removido com uma espátula de madeira', 'A tinta plástica saiu com um decapante em gel, aplicado em camadas finas e removido com uma espátula de madeira.', 'pt'],
  ['Compatível com as paredes de alvenaria da casa', 'Para a recolocação usámos argamassa de cal hidráulica natural, compatível com as paredes de alvenaria da casa.', 'pt'],
  ['No futuro, retirar um azulejo sem destruir os vizinhos', 'A cal deixa a parede respirar e permite, no futuro, retirar um azulejo sem destruir os vizinhos.', 'pt'],
  ["Temperatures six degrees higher than a neighbour's", "On sunny afternoons the station reported temperatures six degrees higher than a neighbour's, which was not a microclimate but a badly placed thermometer.", 'en'],
  ['Within half a degree once the station was properly sited', 'Daytime temperatures usually agreed within half a degree once the station was properly sited.', 'en'],
  ['Duplicated or showed only the inside of a lens cap', 'About four hundred slides were hopelessly blurred, duplicated or showed only the inside of a lens cap.', 'en'],
  ['Recruiting fixers to be the hard part, and it was easier than we feared', 'We expected recruiting fixers to be the hard part, and it was easier than we feared.', 'en'],
  ['Most of them short exchanges of names, locations and signal reports', 'Since then I have made about three hundred contacts, most of them short exchanges of names, locations and signal reports.', 'en'],
  ['Sensor Mean error, dry days — Mean error, humid days', 'Sensor — Price — Mean error, dry days — Mean error, humid days', 'en'],
  ['Las hortalizas de fruto', 'Las hortalizas de fruto, como el tomate o el pimiento, necesitan al menos seis horas de sol directo.', 'es'],
];

/** Good compressions: one introductory element left out, the main clause kept whole. */
export const KEPT: [string, string, string][] = [
  ['The culvert would need $6 million in repairs within the decade anyway', 'Officials argue that the culvert would need $6 million in repairs within the decade anyway.', 'en'],
  ['The current suddenly jumped', 'At about seventy percent of full voltage, the current suddenly jumped.', 'en'],
  ["J'ai beaucoup trop nourri les vers", "Au début, j'ai beaucoup trop nourri les vers.", 'fr'],
  ['Inspections went from forty nervous minutes to about fifteen calm ones', 'Once I looked for eggs, capped brood and nectar in that order, inspections went from forty nervous minutes to about fifteen calm ones.', 'en'],
  ['I tried a simple correction based on how particles swell as they absorb water', 'Because every sensor also reported humidity, I tried a simple correction based on how particles swell as they absorb water.', 'en'],
  ['Plantámos as couves em fila', 'Na primavera, plantámos as couves em fila.', 'pt'],
  ['Missing one bus could mean a wait longer than the whole trip', 'Because frequencies were so low, missing one bus could mean a wait longer than the whole trip.', 'en'],
  ['The possibilities for the future of technology seem boundless', 'As these two giants continue to work together, the possibilities for the future of technology seem boundless.', 'en'],
  ['Sensor — Price — Mean error, dry days — Mean error, humid days', 'Sensor — Price — Mean error, dry days — Mean error, humid days', 'en'],
];

describe('the checker: lost main clause', () => {
  it.each(LOST)('flags "%s"', (point, sentence, lang) => {
    const v = checkPoint(point, sentence, lang);
    expect(v.aligned).toBe(true);
    expect(v.lostMain, v.lostWhy).toBe(true);
  });

  it.each(KEPT)('accepts "%s"', (point, sentence, lang) => {
    const v = checkPoint(point, sentence, lang);
    expect([v.aligned, v.lostMain, v.lostWhy]).toEqual([true, false, undefined]);
  });
});

/** Faults of a point against its sentence, as the checker names them. */
function faults(point: string, sentence: string, lang: string): string[] {
  const v = checkPoint(point, sentence, lang);
  return [!v.aligned && 'not traced', v.midClause && `mid-clause before ${v.next}`, v.lostMain && v.lostWhy, v.objectDropped && 'object dropped'].filter((f): f is string => Boolean(f));
}

describe('points keep their main clause', () => {
  const sentences = LOST.map(([, sentence, lang]) => [sentence, lang] as const);

  it.each(sentences)('shortens "%s" only to its main clause', (sentence, lang) => {
    for (const max of [12, 20]) {
      const phrase = toPhrase(sentence, max, lang);
      if (phrase !== undefined) expect(faults(phrase, sentence, lang), phrase).toEqual([]);
    }
  });

  it.each(sentences)('distils a section holding "%s" into points that each keep a main clause', (sentence, lang) => {
    const other = { en: 'The results surprised everyone in the club.', fr: 'Le bac tient sous l’évier de la cuisine.', pt: 'O trabalho demorou três semanas.', es: 'El huerto ocupa la azotea entera.' }[lang]!;
    const points = distillPoints([{ text: sentence }, { text: other }], { heading: 'Notes', lang });
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(faults(p.text, p.source!.text, lang), p.text).toEqual([]);
  });

  it('leaves out one opening element and keeps the clause after it', () => {
    expect(toPhrase(LOST[1]![1], 12, 'en')).toBe('Inspections went from forty nervous minutes to about fifteen calm ones');
    for (const [point, sentence] of KEPT.filter(([, , lang]) => lang === 'en').slice(0, 1).concat(KEPT.slice(-2))) expect(toPhrase(sentence, 12, 'en')).toBe(point);
    expect(toPhrase('At about seventy percent of full voltage, the current suddenly jumped to twice its earlier value.', 12, 'en')).toBe('The current suddenly jumped to twice its earlier value');
  });

  it('leaves out a French appositive, never the verb after it, and keeps the space before »', () => {
    expect(toPhrase(LOST[5]![1], 20, 'fr')).toBe('Le « thé de compost » fait un engrais remarquable une fois dilué dans dix volumes d’eau');
  });

  it('keeps "almost certainly" and a table row whole', () => {
    expect(toPhrase(LOST[3]![1], 20, 'en')).toBe('I lost my first colony in late October, and the cause was almost certainly mites');
    expect(toPhrase('Kettle — €25 — 1.7 litres', 12, 'en')).toBe('Kettle — €25 — 1.7 litres');
  });
});

describe('sentences split after a footnote number', () => {
  it('ends a sentence at a footnote number glued to its full stop, and the point drops the number', () => {
    const text = 'Until about ten years ago, nobody had built a new record press in decades.1 When vinyl sales came back, old machines were rebuilt.';
    const split = splitSentences(text, 'en');
    expect(split).toEqual(['Until about ten years ago, nobody had built a new record press in decades.1', 'When vinyl sales came back, old machines were rebuilt.']);
    expect(toPhrase(split[0]!, 12, 'en')).toBe('Nobody had built a new record press in decades');
    expect(splitSentences('Version 2.1 Beta was released in May. It crashed.', 'en')).toEqual(['Version 2.1 Beta was released in May.', 'It crashed.']);
  });
});
