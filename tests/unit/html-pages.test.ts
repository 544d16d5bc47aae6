/**
 * Saved pages from other platforms and languages: the post's title from the page's metadata, the
 * furniture inside the body left out with its reason and line, and pages with no article refused.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { isDeckError } from '../../src/errors.ts';
import { buildOutline } from '../../src/outline/index.ts';
import { readArticle } from '../../src/read/file.ts';
import { parseArticle } from '../../src/read/index.ts';
import type { Block } from '../../src/types.ts';
import { outlineText } from '../helpers/text.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

const blockText = (b: Block) => (b.kind === 'list' ? b.items.join(' ') : b.kind === 'figure' ? b.alt : b.text);
const allText = outlineText;

/** The 1-based line of the page on which `needle` first appears. */
async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return index + 1;
}

async function read(name: string) {
  const file = path.join(FIXTURES, name);
  const source = await readArticle(file);
  const outline = buildOutline(source);
  return { file, source, outline, text: allText(outline) };
}

/** The error a page is refused with. */
async function refusal(file: string): Promise<Error & { position?: { line?: number } }> {
  try {
    await readArticle(file);
  } catch (error) {
    expect(isDeckError(error)).toBe(true);
    return error as Error;
  }
  throw new Error(`${file} was read, expected a refusal`);
}

describe('a German news page (de-news-speicher.html)', async () => {
  const { file, source, outline, text } = await read('de-news-speicher.html');

  it('takes the title from JSON-LD, not from <title> with its place name and site', () => {
    expect(outline.title).toBe('Wie ein Dorf seinen Windstrom speichert');
    expect(outline.meta).toMatchObject({ author: 'Jana Petersen', date: '2024-03-12', lang: 'de-DE' });
  });

  it('reads the sections and the conclusion, with their page lines', async () => {
    expect(outline.sections.map((s) => s.heading)).toEqual(['Ein Speicher für das ganze Dorf', 'Was der erste Winter gezeigt hat', 'Andere Gemeinden wollen nachziehen']);
    expect(outline.sections[1]!.line).toBe(await lineOf(file, 'Was der erste Winter'));
    expect(outline.conclusion?.heading).toBe('Fazit');
    expect(text).toContain('an drei Tagen verbrauchte sie mehr Energie, als sie lieferte.');
  });

  it('leaves out the byline, reading time, share links, photo credit, related box, ad, newsletter box and tags', () => {
    for (const furniture of ['Von Jana Petersen', 'Lesezeit', 'Facebook', 'Foto: Lars Hansen', 'Mehr zum Thema', 'Netzentgelte', 'Anzeige', 'Küstenbote am Morgen', 'E-Mail-Adresse', 'Schlagworte', 'Meistgelesen']) {
      expect(text).not.toContain(furniture);
    }
    expect(outline.intro.map(blockText)).not.toContain('Energiewende');
  });

  it('lists each dropped block with its reason and the line it stood on', async () => {
    const dropped = source.dropped ?? [];
    const find = (start: string) => dropped.find((d) => d.text.startsWith(start));
    expect(find('Lesezeit')).toMatchObject({ reason: 'reading time', line: await lineOf(file, 'Lesezeit') });
    expect(find('Mehr zum Thema')).toMatchObject({ reason: 'related posts', line: await lineOf(file, 'Mehr zum Thema') });
    expect(find('Facebook')).toMatchObject({ reason: 'share links' });
    expect(find('Foto: Lars Hansen')).toMatchObject({ reason: 'caption of a decorative image' });
    expect(find('Von Jana Petersen')).toMatchObject({ reason: 'date line' });
    expect(find('Schlagworte')).toMatchObject({ reason: 'tags' });
  });
});

describe('a Spanish WordPress post with a table of contents (es-wordpress-indice.html)', async () => {
  const { file, source, outline, text } = await read('es-wordpress-indice.html');

  it('does not make the table of contents or the date line a section', async () => {
    expect(outline.title).toBe('Cómo empezar a compostar en un balcón (sin olores)');
    expect(outline.sections.map((s) => [s.heading, s.line])).toEqual([
      ['El recipiente adecuado', await lineOf(file, 'id="el-recipiente"')],
      ['Verdes y marrones', await lineOf(file, 'id="verdes-y-marrones"')],
      ['Controlar la humedad', await lineOf(file, 'id="humedad"')],
    ]);
    expect(text).not.toMatch(/Índice de contenidos|8 de abril/);
    expect(source.dropped).toContainEqual(expect.objectContaining({ reason: 'table of contents', line: await lineOf(file, 'Índice de contenidos') }));
  });

  it('keeps the FAQ and the conclusion, and drops the related box, share line, tags and comments', () => {
    expect(outline.faq.map((f) => f.question)).toEqual(['¿Atrae moscas o cucarachas?', '¿Cuánto tarda en estar listo?']);
    expect(outline.conclusion?.heading).toBe('Conclusión');
    expect(outline.meta).toMatchObject({ author: 'Lucía Ferrer', date: '2024-04-08', lang: 'es-ES' });
    for (const furniture of ['Te puede interesar', 'Lombricompost', 'Compartir', 'WhatsApp', 'Etiquetas', 'comentarios', 'Deja una respuesta', 'Entradas recientes']) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('an Arabic blog post whose <h1> is the blog name (ar-blog-related.html)', async () => {
  const { file, source, outline, text } = await read('ar-blog-related.html');

  it('takes the post title, the heading that <title> names, not the blog name', () => {
    expect(outline.title).toBe('كيف تجمع مياه الأمطار من سطح منزلك');
    expect([outline.lang, outline.dir]).toEqual(['ar', 'rtl']);
    expect(text).not.toContain('دفتر الحديقة');
  });

  it('reads the sections and conclusion, without the date line, reading time, related box, tags or comments', async () => {
    expect(outline.sections.map((s) => s.heading)).toEqual(['حساب كمية المياه', 'اختيار البرميل', 'التركيب والتصفية']);
    expect(outline.conclusion?.heading).toBe('الخلاصة');
    for (const furniture of ['نُشر في', 'دقائق للقراءة', 'اقرأ أيضاً', 'السماد المنزلي', 'الوسوم', 'تعليقات', 'فكرة رائعة']) {
      expect(text).not.toContain(furniture);
    }
    expect(source.dropped).toContainEqual(expect.objectContaining({ reason: 'related posts', line: await lineOf(file, 'اقرأ أيضاً') }));
    expect(source.dropped).toContainEqual(expect.objectContaining({ reason: 'reading time', text: '٦ دقائق للقراءة' }));
  });

  it('takes author and date from the byline it dropped, the page having no metadata for them', () => {
    expect(outline.meta).toMatchObject({ author: 'سلمى حداد', date: '١٤ فبراير ٢٠٢٤' });
  });
});

describe('pages with no article are refused', () => {
  it('a Hebrew paywall: a headline and an offer to subscribe', async () => {
    const file = path.join(FIXTURES, 'he-news-paywall.html');
    const error = await refusal(file);
    expect(error.message).toBe('no article found in he-news-paywall.html: only a subscribe box');
    expect(error.position?.line).toBe(await lineOf(file, 'class="art-gate"'));
  });

  it('a Spanish category page: linked post titles with one-line excerpts', async () => {
    const error = await refusal(path.join(FIXTURES, 'es-category-page.html'));
    expect(error.message).toBe('no article found in es-category-page.html: a list of 4 links to other posts');
  });

  it('a consent wall named only by its classes, in German', () => {
    const page = `<!doctype html><html lang="de"><body><div class="cmp-wrapper"><h2>Wir brauchen Ihre Zustimmung</h2>
<p>Wir und unsere Partner speichern Informationen auf Ihrem Gerät und verarbeiten personenbezogene Daten, um Inhalte und Anzeigen zu personalisieren.</p>
<p>Sie können Ihre Einwilligung jederzeit in den Datenschutz-Einstellungen widerrufen.</p>
<a class="cmp-accept" href="#">Alle akzeptieren</a> <a href="#">Einstellungen</a></div></body></html>`;
    expect(() => parseArticle(page, 'zustimmung.html')).toThrow('no article found in zustimmung.html: a cookie notice');
  });

  it('an Italian paywall that shows the first two paragraphs before its offer', () => {
    const paragraph = 'Il consiglio comunale ha approvato il piano per le piste ciclabili, dopo una discussione durata tre sedute e molte proteste dei commercianti del centro. ';
    const page = `<!doctype html><html lang="it"><body><article><h1>Bici in centro, via libera al piano</h1>
<p>${paragraph.repeat(2)}</p>
<p>${paragraph.repeat(2)}</p>
<div class="piano-template-offer"><h3>Continua a leggere</h3><p>Abbonati per leggere tutti gli articoli.</p><a class="btn" href="/abbonati/">Abbonati a 1 euro</a></div>
</article></body></html>`;
    expect(() => parseArticle(page, 'bici.html')).toThrow('no article found in bici.html: only a subscribe box');
  });

  it('a Spanish paywall whose offer box has no class, role or button, only a heading and a link standing alone', () => {
    const page = `<!doctype html><html lang="es"><body><main><article><p>Economía</p><h1>El coste oculto del transporte barato</h1>
<p>Las tarifas de los contenedores se han desplomado. Alguien sigue pagando.</p><p>Por Marta Gil · 14 de mayo de 2024</p>
<div><h2>Sigue leyendo con una suscripción</h2><p>Acceso ilimitado a todo nuestro periodismo.</p><ul><li>Todos los artículos</li><li>El boletín diario</li></ul>
<a href="/suscribete/?oferta=1">Suscríbete por 1 € al mes</a><p>¿Ya eres suscriptor? <a href="/entrar/">Inicia sesión</a></p></div></article></main></body></html>`;
    expect(() => parseArticle(page, 'transporte.html')).toThrow('no article found in transporte.html: only a subscribe box');
  });

  it('a teaser with a few words and no sections', () => {
    const page = '<!doctype html><html><body><main><h1>A big story</h1><p>The first lines of a story.</p><p><a href="/story/">Read the full story</a></p></main></body></html>';
    expect(() => parseArticle(page, 'teaser.html')).toThrow('no article found in teaser.html: only 6 words of text');
  });

  it('but a real article with a cookie banner and a newsletter box builds', () => {
    const prose = 'The committee met on Tuesday and agreed to extend the pilot for another year. '.repeat(4);
    const page = `<!doctype html><html><body><div class="cookie-banner"><p>We use cookies.</p><button>OK</button></div>
<article><h1>Pilot extended</h1><p>${prose}</p><h2>What changes</h2><p>${prose}</p>
<div class="signup"><h3>Our newsletter</h3><p>Every Friday.</p><form><input type="email"><button>Join</button></form></div></article></body></html>`;
    const outline = buildOutline(parseArticle(page, 'pilot.html'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['What changes']);
    expect(allText(outline)).not.toMatch(/cookies|newsletter|Every Friday/);
  });

  it('deck build prints one line, exits 1 and writes nothing', async () => {
    const out = path.join(await tempDir('paywall'), 'deck');
    const err: string[] = [];
    const code = await main(['build', path.join(FIXTURES, 'he-news-paywall.html'), '--out', out], { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/he-news-paywall\.html:\d+: no article found in he-news-paywall\.html: only a subscribe box$/)]);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('the post title and furniture, by their shape on any page', () => {
  const outlineOf = (html: string) => buildOutline(parseArticle(html, 'post.html'));
  const body = '<p>The first paragraph of the post has a sentence or two. It sets the scene.</p><h2>Part one</h2><p>Text of part one. It goes on a little.</p><h2>Part two</h2><p>Text of part two, with more words in it.</p>';

  it('a blog name in <h1> that links home is neither the title nor a section, even where <title> is only the blog name', () => {
    const outline = outlineOf(`<!doctype html><html><head><title>Field Notes</title></head><body><main>
<h1><a href="https://fieldnotes.example/">Field Notes</a></h1><div class="post"><h2>Counting Bats at Dusk</h2>${body}</div></main></body></html>`);
    expect(outline.title).not.toBe('Field Notes');
    expect(allText(outline)).not.toContain('Field Notes');
  });

  it('og:title with the site name after it gives the heading it names', () => {
    const outline = outlineOf(`<!doctype html><html><head><meta property="og:title" content="Counting Bats at Dusk – Field Notes"></head><body><article><h1>Counting Bats at Dusk</h1>${body}</article></body></html>`);
    expect(outline.title).toBe('Counting Bats at Dusk');
  });

  it('drops a "more like this" grid of linked thumbnails and titles, and its heading, wherever it sits', () => {
    const card = (n: number) => `<div class="c"><a href="/p${n}/"><img src="t${n}.jpg" alt="Thumbnail ${n}"></a><h4><a href="/p${n}/">Another post title number ${n}</a></h4></div>`;
    const source = parseArticle(`<!doctype html><html><body><article><h1>Counting Bats at Dusk</h1>${body.replace('<h2>Part two</h2>', `<div class="x"><h3>More like this</h3><div class="g">${card(1)}${card(2)}${card(3)}</div></div><h2>Part two</h2>`)}</article></body></html>`, 'post.html');
    const outline = buildOutline(source);
    expect(outline.sections.map((s) => s.heading)).toEqual(['Part one', 'Part two']);
    expect(allText(outline)).not.toMatch(/More like this|Another post|Thumbnail/);
    expect(source.dropped).toContainEqual(expect.objectContaining({ reason: 'related posts', text: expect.stringMatching(/^More like this/) }));
  });

  it('keeps a linked picture in the article and a paragraph with a link in it', () => {
    const outline = outlineOf(`<!doctype html><html><body><article><h1>Counting Bats at Dusk</h1>${body}
<p><a href="big/bat.jpg"><img src="bat.jpg" alt="A pipistrelle in flight"></a></p><p>The <a href="/survey/">national survey</a> asks for counts every June.</p></article></body></html>`);
    const blocks = outline.sections[1]!.blocks;
    expect(blocks).toContainEqual(expect.objectContaining({ kind: 'figure', alt: 'A pipistrelle in flight' }));
    expect(blocks).toContainEqual(expect.objectContaining({ text: 'The national survey asks for counts every June.' }));
  });

  it('an ad label standing alone between paragraphs goes, in the page\'s language', () => {
    const source = parseArticle(`<!doctype html><html lang="es"><body><article><h1>Murciélagos al anochecer</h1><p>Primer párrafo del artículo, con una frase completa.</p>
<h2>Primera parte</h2><p>Texto de la primera parte.</p><div class="x9"><p>Publicidad</p></div><p>Más texto de la primera parte.</p><h2>Segunda parte</h2><p>Texto de la segunda parte.</p></article></body></html>`, 'post.html');
    expect(allText(buildOutline(source))).not.toContain('Publicidad');
    expect(source.dropped).toContainEqual(expect.objectContaining({ text: 'Publicidad', reason: 'advertisement', line: 2 }));
  });

  it("an author box and a related list under their headings at the article's end go, in German", () => {
    const tail = '<h3>Über die Autorin</h3><p>Sarah Roth zählt seit zehn Jahren Fledermäuse für den Naturschutzbund.</p><h3>Das könnte Sie auch interessieren</h3><p><a href="/a/">Nachtfalter am Fenster</a></p><p><a href="/b/">Igel im Garten</a></p>';
    const source = parseArticle(`<!doctype html><html lang="de"><body><article><h1>Fledermäuse zählen</h1><p>Der erste Absatz des Beitrags, mit einem ganzen Satz.</p>
<h2>Teil eins</h2><p>Text des ersten Teils, etwas länger.</p><h2>Teil zwei</h2><p>Text des zweiten Teils, mit mehr Wörtern.</p>${tail}</article></body></html>`, 'beitrag.html');
    const outline = buildOutline(source);
    expect(outline.sections.map((s) => [s.heading, s.subsections.length])).toEqual([['Teil eins', 0], ['Teil zwei', 0]]);
    expect(allText(outline)).not.toMatch(/Autorin|Naturschutzbund|Nachtfalter|interessieren/);
    expect(source.dropped?.map((d) => d.reason)).toEqual(expect.arrayContaining(['author box', 'related posts']));
  });

  it('keeps a list of linked names that a sentence of the article introduces', () => {
    const outline = outlineOf(`<!doctype html><html><body><article><h1>Counting Bats at Dusk</h1>${body}
<p>We tried three detector apps over the summer, and all of them are free to use:</p><ul><li><a href="https://a.example/">BatLog</a></li><li><a href="https://b.example/">EchoMeter</a></li><li><a href="https://c.example/">NightCount</a></li></ul></article></body></html>`);
    expect(outline.sections[1]!.blocks).toContainEqual(expect.objectContaining({ kind: 'list', items: ['BatLog', 'EchoMeter', 'NightCount'] }));
  });

  it('a date heading over the post is no section; a month heading is', () => {
    const outline = outlineOf(`<!doctype html><html><body><article><h2 class="d">Monday, 23 October 2023</h2><h1>Counting Bats at Dusk</h1>${body}<h2>March 2024</h2><p>We counted again in March, with twice as many people.</p></article></body></html>`);
    expect(outline.sections.map((s) => s.heading)).toEqual(['Part one', 'Part two', 'March 2024']);
  });
});
