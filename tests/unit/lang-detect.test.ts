/** Language detection when nothing declares it: the deck's <html lang>, its cues and its direction follow it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang, directionOf } from '../../src/outline/lang.ts';
import { compileText } from '../../src/pipeline-in-memory.ts';
import { FIXTURES } from '../helpers/build.ts';
import { LANG_SAMPLES } from '../fixtures/lang-samples.ts';

/** Standard languages so close that either tag serves the reader (hyphenation, fonts, voice). */
const SIBLINGS: Record<string, string[]> = { hr: ['bs', 'sr'], id: ['ms'] };

describe('detectLang', () => {
  for (const [lang, text] of LANG_SAMPLES) {
    it(`reads ${lang} from two or three sentences`, () => {
      expect([lang, ...(SIBLINGS[lang] ?? [])]).toContain(detectLang(text));
    });
  }

  it('tells Ukrainian and Bulgarian from Russian, and Persian and Urdu from Arabic', () => {
    expect(detectLang('Минулої весни ми перенесли город на сонячний бік ділянки, і помідорам це дуже сподобалося.')).toBe('uk');
    expect(detectLang('Прошлой весной мы перенесли огород на солнечную сторону участка, и помидорам это понравилось.')).toBe('ru');
    expect(detectLang('بهار گذشته باغچه را به سمت آفتابی حیاط بردیم و گوجه‌ها خیلی خوب رشد کردند.')).toBe('fa');
    expect(detectLang('پچھلے موسم بہار میں ہم نے سبزیوں کی کیاری کو دھوپ والی طرف منتقل کیا۔')).toBe('ur');
    expect(directionOf(detectLang('בקיץ שעבר העברנו את הערוגות לצד השמשי של החצר.'))).toBe('rtl');
  });

  it('keeps English for text too short to tell, and for no letters at all', () => {
    expect(detectLang('Q&A')).toBe('en');
    expect(detectLang('Fazit')).toBe('en');
    expect(detectLang('2024 — 17:30 — 42 %')).toBe('en');
  });

  it('judges a long article by more than its opening', () => {
    const english = 'The committee met again on Tuesday and agreed to publish the results next month. ';
    const german = 'Der Ausschuss hat sich am Dienstag erneut getroffen und beschlossen, die Ergebnisse im nächsten Monat zu veröffentlichen. ';
    expect(detectLang(english.repeat(20) + german.repeat(200))).toBe('de');
  });

  it('stays fast on a long article: it reads at most a sample of it', () => {
    const article = LANG_SAMPLES.map(([, text]) => text).join(' ').repeat(300);
    expect(article.length).toBeGreaterThan(1_000_000);
    const start = performance.now();
    detectLang(article);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('an article without a declared language', () => {
  it('is built as a Portuguese deck from its text (hugo-horta-pt.md has no lang in its front matter)', () => {
    const name = 'hugo-horta-pt.md';
    const { outline, rendered } = compileText(readFileSync(path.join(FIXTURES, name), 'utf8'), name);
    expect([outline.lang, rendered.lang, rendered.dir]).toEqual(['pt', 'pt', 'ltr']);
  });
});
