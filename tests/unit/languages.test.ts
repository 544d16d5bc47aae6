/** Articles in Spanish, German, Hebrew and Chinese: language, direction, cues, and text that survives unchanged. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlText } from '../helpers/text.ts';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.ts';
import { CONCLUSION_HEADINGS, CONCLUSION_OPENERS, FAQ_HEADINGS } from '../../src/vocab/sections.ts';
import { detectLang } from '../../src/outline/lang.ts';
import { compileText } from '../../src/pipeline-in-memory.ts';
import { splitSentences } from '../../src/plan/sentences.ts';
import { parseArticle } from '../../src/read/index.ts';
import { FIXTURES } from '../helpers/build.ts';

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const outlineOf = (name: string) => buildOutline(parseArticle(fixture(name), name));
/** The speaker notes of a compiled deck, as the text a speaker reads. */
const notesOf = (name: string) => htmlText(compileText(fixture(name), name).rendered.body);

describe('Spanish plain text (huertos-urbanos.txt)', () => {
  const outline = outlineOf('huertos-urbanos.txt');
  it('is detected as Spanish, with its sections, ¿questions?, "En conclusión" and the blog furniture dropped', () => {
    expect([outline.lang, outline.dir]).toEqual(['es', 'ltr']);
    expect(outline.title).toBe('Huertos urbanos: cómo empezar en un balcón');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Elegir el lugar adecuado', 'Macetas, tierra y riego', 'Qué plantar primero']);
    expect(outline.faq.map((f) => f.question)).toEqual(['¿Hace falta mucho tiempo?', '¿Qué hago con las plagas?']);
    expect(JSON.stringify(outline.conclusion)).toContain('En conclusión, un huerto en el balcón');
    expect(outline.dropped.map((d) => d.text)).toEqual(['Compartir:', 'Deja un comentario']);
  });
});

describe('German Markdown (waermepumpe.md)', () => {
  const outline = outlineOf('waermepumpe.md');
  it('reads "Häufige Fragen" as the FAQ and "Fazit" as the conclusion, and drops "Teilen:"', () => {
    expect(outline.lang).toBe('de');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Die Vorlauftemperatur entscheidet', 'Heizkörper statt Fußbodenheizung', 'Kosten und Förderung']);
    expect(outline.faq.map((f) => f.question)).toEqual(['Ist eine Wärmepumpe im Winter zu laut?', 'Brauche ich einen eigenen Stromtarif?']);
    expect(outline.conclusion?.heading).toBe('Fazit');
    expect(outline.dropped.map((d) => d.text)).toEqual(['Teilen:', 'Einen Kommentar hinterlassen']);
  });
});

describe('Hebrew Markdown without a declared language (solar-he.md)', () => {
  const outline = outlineOf('solar-he.md');
  it('is detected as Hebrew, right to left, with its FAQ, conclusion and furniture in Hebrew', () => {
    expect([outline.lang, outline.dir]).toEqual(['he', 'rtl']);
    expect(outline.sections.map((s) => s.heading)).toEqual(['איך זה עובד', 'כמה זה עולה']);
    expect(outline.faq.map((f) => f.question)).toEqual(['האם צריך היתר בנייה?', 'מה קורה ביום מעונן?']);
    expect(outline.conclusion?.heading).toBe('סיכום');
    expect(outline.dropped.map((d) => d.text)).toEqual(['השאירו תגובה']);
  });

  it('renders a page that declares lang="he" and dir="rtl"', () => {
    const { rendered } = compileText(fixture('solar-he.md'), 'solar-he.md');
    expect([rendered.lang, rendered.dir]).toEqual(['he', 'rtl']);
  });
});

describe('Chinese with emoji (kissaten-zh.md)', () => {
  const outline = outlineOf('kissaten-zh.md');
  it('keeps emoji, ZWJ sequences, skin tones and flags byte for byte, in headings and notes', () => {
    expect(outline.lang).toBe('zh');
    expect(outline.sections.map((s) => s.heading)).toEqual(['历史与传统 📜', '精品咖啡的兴起 🚀']);
    expect(outline.title).toBe('东京的咖啡馆文化 ☕️');
    expect(outline.faq.map((f) => f.question)).toEqual(['一杯咖啡多少钱？', '需要预约吗？']);
    expect(outline.conclusion?.heading).toBe('总结 🎯');
    const notes = notesOf('kissaten-zh.md');
    for (const piece of ['👩‍💻', '👍🏽', '🇯🇵', '☕️', '🫘', '二〇一〇年以后，手冲咖啡在年轻人中流行起来。']) expect(notes).toContain(piece);
  });
});

describe('every body sentence reaches the notes, in every language', () => {
  for (const name of ['huertos-urbanos.txt', 'waermepumpe.md', 'solar-he.md', 'kissaten-zh.md']) {
    it(name, () => {
      const outline = outlineOf(name);
      const notes = notesOf(name);
      const bodies = [outline.intro, ...outline.sections.map((s) => s.blocks), ...outline.faq.map((f) => f.answer), outline.conclusion?.blocks ?? []].flat();
      const texts = bodies.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'figure' ? [] : [b.text]));
      expect(texts.length).toBeGreaterThan(5);
      for (const text of texts) for (const sentence of splitSentences(text, outline.lang)) expect(notes).toContain(sentence);
    });
  }
});

describe('language cues and detection', () => {
  it('splits sentences with the rules of the article language', () => {
    expect(splitSentences('東京は大きい。大阪も大きい！京都はどう？', 'ja')).toEqual(['東京は大きい。', '大阪も大きい！', '京都はどう？']);
    expect(splitSentences('¿Funciona? Sí, funciona. Dr. García lo dijo.', 'es')).toEqual(['¿Funciona?', 'Sí, funciona.', 'Dr. García lo dijo.']);
  });

  it('knows conclusion openers and headings with accents, numbering and emoji', () => {
    for (const opener of ['En résumé, la ville', 'Alles in allem, gut', 'Para terminar, algo', 'לסיכום, זה עובד', '总之，很好', 'In conclusion, yes']) {
      expect(CONCLUSION_OPENERS.test(opener)).toBe(true);
    }
    expect(CONCLUSION_OPENERS.test('Enfin de compte')).toBe(false);
    for (const heading of ['Fazit', '5. Fazit', '🎯 Conclusión', 'En résumé', 'סיכום', 'الخلاصة', '总结 🎯', 'まとめ']) expect(CONCLUSION_HEADINGS.test(heading)).toBe(true);
    expect(CONCLUSION_HEADINGS.test('Fazit der Studie von 2019')).toBe(false);
    for (const heading of ['Preguntas frecuentes', 'Häufige Fragen', 'Foire aux questions', 'שאלות נפוצות', '常见问题', 'FAQ: the basics']) expect(FAQ_HEADINGS.test(heading)).toBe(true);
  });

  it('detects scripts and common words, and front matter overrides it', () => {
    expect(detectLang('東京の喫茶店は昭和時代から続く文化です。多くの店が今も営業しています。')).toBe('ja');
    expect(detectLang('东京的咖啡文化历史悠久。很多咖啡馆至今仍在营业。')).toBe('zh');
    expect(detectLang('الطاقة الشمسية في المنطقة العربية تنمو بسرعة كبيرة')).toBe('ar');
    expect(detectLang('Le soleil est une source d’énergie pour les maisons et les villes dans le monde.')).toBe('fr');
    const outline = buildOutline(parseArticle('---\nlang: fr\n---\n# Title\n\n## One\n\nThe text is English.\n\n## Two\n\nMore text.\n', 'x.md'));
    expect(outline.lang).toBe('fr');
  });
});

describe('the words the deck adds itself', () => {
  it.each([
    ['caffe-moka-it.md', 'Domande?', 'Leggi le note'],
    ['hugo-horta-pt.md', 'Perguntas?', 'Ler as notas'],
    ['fietsenstalling-nl.md', 'Vragen?', 'Notities lezen'],
  ])('are in the article’s language: %s', (file, questions, readNotes) => {
    const { rendered } = compileText(fixture(file), file);
    const text = htmlText(rendered.body);
    expect(text).toContain(questions);
    expect(text).not.toContain('Questions?');
    expect(rendered.body).toContain(readNotes);
  });
});
