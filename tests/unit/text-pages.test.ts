/**
 * Pages copied from news sites, blogs and newsletters as plain text, in several languages: the deck
 * keeps the article (its title, section headings and body sentences) and none of the site around it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '../../src/pipeline-in-memory.ts';
import { FIXTURES } from '../helpers/build.ts';

interface Case {
  file: string;
  title: string;
  headings: string[];
  faq?: string[];
  conclusion?: string;
  sentences: string[];
  absent: string[];
  reasons: Record<string, string>;
}

const CASES: Case[] = [
  {
    file: 'zeitung-radwege.txt',
    title: 'Warum die Stadt ihre Radwege vom Gehweg auf die Straße verlegt',
    headings: ['Was sich für Radfahrer ändert', 'Warum Parkplätze wegfallen', 'Kritik vom Einzelhandel', 'Wie es weitergeht'],
    sentences: [
      'Die Bauarbeiten beginnen im Mai und sollen bis zum Herbst abgeschlossen sein.',
      'Künftig bekommt der Radverkehr eine eigene Spur von 2,30 Metern Breite.',
      'Als Ersatz verweist die Verwaltung auf das Parkhaus am Markt, das selten mehr als zur Hälfte belegt ist.',
      'Nach einem Jahr will der Stadtrat prüfen, ob sich die Zahl der Unfälle verringert hat.',
    ],
    absent: ['Zum Inhalt springen', 'Wir verwenden Cookies', 'Alle akzeptieren', 'Anmelden', 'Lesezeit', 'Anzeige', 'Lesen Sie auch', 'Neue Buslinie', 'Mehr zum Thema', 'Radentscheid', 'Meistgelesen', 'Großbrand', 'Kommentare', 'Ihre E-Mail-Adresse', 'Impressum', 'Alle Rechte vorbehalten'],
    reasons: { 'Anzeige': 'advertisement', 'Lesen Sie auch': 'read more link', 'Kommentare (14)': 'comments', 'Wir verwenden Cookies': 'cookie notice' },
  },
  {
    file: 'blog-masa-madre.txt',
    title: 'Mi primera masa madre: lo que aprendí en tres meses de errores',
    headings: ['La harina importa más que la receta', 'La temperatura lo cambia todo', 'Hornear sin miedo'],
    faq: ['¿Cada cuánto hay que alimentar la masa madre?', '¿Se puede usar harina sin gluten?'],
    conclusion: 'Conclusión',
    sentences: [
      'El centeno trae más levaduras y bacterias naturales, así que arranca mucho antes.',
      'Con esa temperatura constante, el tiempo bajó a cinco horas.',
      'La corteza oscura no significa que el pan esté quemado, sino que está bien cocido.',
      'El resto llega con la práctica.',
    ],
    absent: ['Ir al contenido', 'Pan casero, harinas y paciencia', 'Publicado el', 'Publicidad', 'Comparte esto', 'WhatsApp', 'Me gusta', 'Focaccia de romero', 'Categorías:', 'Etiquetas:', 'Entrada anterior', 'comentarios en', 'Marta G.', 'me ha salvado el invierno', 'Responder', 'Deja una respuesta', 'no será publicada', 'Entradas recientes', 'febrero 2025', 'Funciona con WordPress'],
    reasons: { 'Comparte esto:': 'share line', 'Etiquetas:': 'tags', 'Marta G. dice:': 'comments', 'Entradas recientes': 'related posts', 'Funciona con WordPress': 'footer' },
  },
  {
    file: 'blog-he-kaveret.txt',
    title: 'כוורת על הגג: שנה ראשונה של דבורים בעיר',
    headings: ['למה דווקא גג', 'מאיפה הדבורים אוספות צוף', 'מה השתבש'],
    conclusion: 'סיכום',
    sentences: [
      'הגג שקט, שטוף שמש ורחוק ממעבר של אנשים.',
      'הופתעתי לגלות כמה פריחה יש בעיר.',
      'הוספתי צל מבד יוטה וקערת מים עם אבנים, והמצב השתפר תוך יומיים.',
    ],
    absent: ['דלג לתוכן', 'גינון עירוני, דבורים וקומפוסט במרפסת', 'זמן קריאה', 'שתפו', 'וואטסאפ', 'תגיות', 'פוסטים קשורים', 'ערוגה מוגבהת', 'תגובות', 'פוסט מעולה', 'השאירו תגובה', 'כל הזכויות שמורות'],
    reasons: { 'שתפו:': 'share line', 'תגיות:': 'tags', 'פוסטים קשורים': 'related posts', '3 תגובות': 'comments' },
  },
  {
    file: 'newsletter-kitchen-compost.txt',
    title: "Why our building's compost pile finally works",
    headings: ['What went wrong at first', 'The one rule that changed everything', 'A rota instead of goodwill', 'What we do with the compost'],
    sentences: [
      'By the second summer, half the residents wanted it removed.',
      'People notice when a rule is easy to follow.',
      'Since the rota started, no one has complained about the bin.',
      'Start with the bucket of dry material next to the bin.',
    ],
    absent: ['Issue #42', 'Forward this issue', 'Subscribe', 'share it with someone who lives in a flat', 'Unsubscribe'],
    reasons: { 'Subscribe now': 'newsletter', 'If this issue was useful': 'newsletter' },
  },
];

/** The text a user can see or hear: slide text, notes and the page title, tags and entities stripped. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

describe.each(CASES)('$file, a page copied as plain text', (c) => {
  const text = readFileSync(path.join(FIXTURES, c.file), 'utf8');
  const { outline, rendered } = compileText(text, c.file);
  const seen = visible(`${rendered.title} ${rendered.body}`);

  it('is titled with the article, not the site', () => {
    expect(outline.title).toBe(c.title);
  });

  it('has the article’s sections, FAQ and conclusion, and nothing from the page around them as a section', () => {
    expect(outline.sections.map((s) => s.heading)).toEqual(c.headings);
    expect(outline.faq.map((f) => f.question)).toEqual(c.faq ?? []);
    expect(outline.conclusion?.heading).toBe(c.conclusion);
  });

  it('keeps the body sentences in the speaker notes', () => {
    for (const sentence of c.sentences) expect(seen).toContain(sentence.toLowerCase());
  });

  it('leaves the site’s furniture out of the deck', () => {
    for (const furniture of c.absent) expect(seen, furniture).not.toContain(furniture.toLowerCase());
  });

  it('lists what it dropped, with the reason', () => {
    for (const [start, reason] of Object.entries(c.reasons)) {
      const entry = outline.dropped.find((d) => d.text.includes(start));
      expect(entry?.reason, start).toBe(reason);
    }
  });
});

describe('short lines at the top of a plain article', () => {
  it('keeps a one-line opening sentence that names a span of time (not a "3 weeks ago" date line)', () => {
    const text = 'Rebuilding the Greenhouse\n\nIt took us 3 weeks.\n\nThe Frame\n\nWe started with the frame, which had rusted through at the joints.\n\nThe Glass\n\nThe glass came next, pane by pane, from a salvage yard.\n';
    const { outline } = compileText(text, 'greenhouse.txt');
    expect(outline.title).toBe('Rebuilding the Greenhouse');
    expect(outline.intro.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toContain('It took us 3 weeks.');
    expect(outline.dropped.map((d) => d.text)).not.toContain('It took us 3 weeks.');
  });

  it('keeps an opening paragraph that stands between the title and a heading repeating it', () => {
    const text = 'Compost in Small Yards\n\nMost yards have room for a bin. Here is what we learned from ours.\n\nCompost in Small Yards\n\nStart with a bin that has a lid and holes.\n\nWhat Goes In\n\nVegetable scraps, coffee grounds and dry leaves go in.\n';
    const { outline, rendered } = compileText(text, 'compost.txt');
    expect(outline.title).toBe('Compost in Small Yards');
    expect(visible(rendered.body)).toContain('most yards have room for a bin.');
  });
});
