/**
 * Markdown furniture: HTML comments and static-site template tags never reach the slides or the
 * notes, are listed as dropped with their line, and what they enclose or what code shows stays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Image, Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/pipeline.ts';
import { compileText } from '../../src/pipeline-in-memory.ts';
import { readArticle } from '../../src/read/file.ts';
import { parseArticle } from '../../src/read/index.ts';
import { FIXTURES } from '../helpers/build.ts';
import { htmlText } from '../helpers/text.ts';

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
/** Line (1-based) of the first line of a fixture that contains `piece`. */
const lineOf = (name: string, piece: string) => fixture(name).split('\n').findIndex((line) => line.includes(piece)) + 1;
/** Everything an audience or a speaker could read in a built deck: slides, notes and title, as text. */
const deckText = (name: string) => htmlText(compileText(fixture(name), name).rendered.body);
const imagesIn = (node: Nodes): Image[] =>
  node.type === 'image' ? [node] : 'children' in node ? node.children.flatMap((child) => imagesIn(child as Nodes)) : [];

describe('a draft with HTML comments in several places (brouillon-velo-fr.md)', () => {
  const name = 'brouillon-velo-fr.md';
  const text = deckText(name);

  it('shows none of the private notes, wherever they were written', () => {
    for (const note of ['BROUILLON', 'relire avec Claire', 'trouver le chiffre exact', 'Idée à développer', 'tarifs de 2024', 'marque ?', 'citation à vérifier', 'TODO', 'compteur kilométrique']) {
      expect(text).not.toContain(note);
    }
  });

  it('keeps the text around each comment, a comment shown in code, and other raw HTML as text', () => {
    expect(text).toContain("L'an dernier, j'ai décidé de garder le vélo pour aller au bureau pendant tout l'hiver. Le trajet fait onze kilomètres");
    expect(text).toContain('Pour les vêtements, une veste imperméable et des gants de ski ont suffi');
    expect(text).toContain('Pneus à crampons pour le verglas');
    expect(text).toContain("— un collègue cycliste depuis vingt ans");
    expect(text).toContain("<!-- ce commentaire fait partie de l'exemple -->");
    expect(text).toContain('<kbd>Mode</kbd>');
  });

  it('lists every comment as dropped, with the line it starts on', () => {
    const source = parseArticle(fixture(name), name);
    // The multi-line note opens with a "<!--" line of its own, the line before its first words.
    const lines = ['BROUILLON', 'trouver le chiffre', 'Idée à développer', 'marque ?', 'citation à vérifier', 'TODO'].map((piece) => lineOf(name, piece));
    lines[2]! -= 1;
    expect(source.dropped?.map((d) => [d.reason, d.line])).toEqual(lines.map((line) => ['HTML comment', line]));
    expect(source.dropped?.[2]?.text).toBe("Idée à développer plus tard : comparer avec le coût annuel d'un abonnement de bus, mais il me manque les tarifs de 2024.");
    expect(source.warnings).toEqual([]);
  });

  it('keeps the sections at the lines the author wrote them', () => {
    const { outline } = compileText(fixture(name), name);
    expect(outline.sections.map((s) => [s.heading, s.line])).toEqual(
      ["S'équiper sans se ruiner", 'Rouler quand il fait nuit', 'Entretenir le vélo'].map((h) => [h, lineOf(name, `## ${h}`)]),
    );
    expect(outline.conclusion?.line).toBe(lineOf(name, '## Conclusion'));
  });
});

describe('a Hugo post in Portuguese with TOML front matter and shortcodes (hugo-horta-pt.md)', () => {
  const name = 'hugo-horta-pt.md';
  const text = deckText(name);

  it('reads the TOML front matter: title, both authors and the date as written', () => {
    const { meta } = parseArticle(fixture(name), name);
    expect(meta).toMatchObject({ title: 'Uma horta vertical numa varanda de três metros', author: 'Marta Queirós, Rui Tavares', date: '2024-04-14' });
    expect(text).not.toMatch(/draft|\+\+\+|featured/);
  });

  it('leaves out every shortcode but keeps what a paired shortcode encloses', () => {
    for (const tag of ['{{< toc', '{{< nota', '{{< /nota', '{{< youtube', '{{< ref', '{{% aviso tipo="dica" %}} Um temporizador']) expect(text).not.toContain(tag);
    expect(text).not.toContain('w7Ejdnx3Xq0');
    expect(text).toContain('As bolsas de feltro escuro aquecem muito ao sol: no verão, as de cima secam em menos de um dia.');
    expect(text).toContain('Um temporizador barato a pilhas chega perfeitamente para uma varanda.');
    expect(text).toContain('Leia também o primeiro artigo da série sobre a escolha das sementes.');
    expect(text).not.toContain('()'); // the link whose address was a shortcode is left as its text
  });

  it('keeps template syntax that the post shows in code', () => {
    expect(text).toContain('{{% aviso tipo="dica" %}} Texto da dica. {{% /aviso %}}');
    expect(text).toContain('{{ .Title }}');
  });

  it('warns once per shortcode, at its line, and lists each as a dropped template tag', () => {
    const source = parseArticle(fixture(name), name);
    const lines = ['{{< toc', '{{< nota', '{{< nota', '{{% aviso', '{{% /aviso', '{{< youtube', '{{< ref'].map((piece) => lineOf(name, piece));
    expect(source.warnings.map((w) => w.position?.line)).toEqual(lines);
    expect(source.warnings[0]?.message).toContain('{{< toc >}}');
    const tags = source.dropped?.filter((d) => d.reason === 'template tag');
    expect(tags?.map((d) => d.line)).toEqual(lines);
    expect(source.dropped?.find((d) => d.reason === 'HTML comment')).toMatchObject({ text: 'more', line: lineOf(name, '<!--more-->') });
  });

  it('makes the figure shortcode a figure whose local image is found', async () => {
    const source = await readArticle(path.join(FIXTURES, name));
    const [image] = imagesIn(source.tree);
    expect(image?.alt).toBe('Gráfico da temperatura da parede ao longo de um dia de julho');
    expect(image?.url).toMatch(/^file:.*saved-page_files\/heat-chart\.png$/);
    expect(image?.position?.start.line).toBe(lineOf(name, '{{< figure'));
    expect(source.warnings.some((w) => w.message.includes('figure'))).toBe(false);
    const figures = compileSource(source).outline.sections[0]!.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(1);
  });
});

describe('a Jekyll post with Liquid tags and comments (jekyll-sourdough.md)', () => {
  const name = 'jekyll-sourdough.md';
  const text = deckText(name);

  it('drops includes, control tags and a {% comment %} block with everything in it', () => {
    for (const piece of ['heading="Contents"', 'Contents', 'Draft notes', 'burnt loaf', 'hydration numbers', 'endcomment', 'newsletter', 'site.baseurl', 'page.comments', 'endif', 'layout: post']) {
      expect(text).not.toContain(piece);
    }
    expect(text).toContain('Photos of every bake are on the gallery page. Comments are open below.');
    expect(text).toContain('a cheap probe thermometer tells you more about the dough than the clock does.');
    expect(text).not.toContain('notice--info');
  });

  it('prints what {% raw %} protects as written, and leaves Liquid in inline code alone', () => {
    expect(text).toContain('Include a partial with {% include toc.html %} and print the title with {{ page.title }}.');
    expect(text).toContain('The same tag inside inline code, {% include footer.html %}, is left alone');
    expect(text).not.toContain('{% raw %}');
  });

  it('turns a {% highlight %} pair into code and an include with an image into a figure', () => {
    const { outline } = compileText(fixture(name), name);
    const blocks = outline.sections[1]!.blocks;
    expect(blocks.find((b) => b.kind === 'code')).toMatchObject({ lang: 'text', text: expect.stringContaining('Day 3, 08:00  bake straight from the fridge') });
    expect(outline.sections[0]!.blocks.find((b) => b.kind === 'figure')).toMatchObject({ alt: 'A glass jar of bubbly starter' });
    expect(outline.sections.map((s) => s.line)).toEqual(
      ['Keeping a starter', 'A schedule that bends', 'Writing it up', 'What I would tell'].map((h) => lineOf(name, `## ${h}`)),
    );
  });
});

describe("other dialects' display markup", () => {
  const read = (markdown: string) => parseArticle(markdown, 'post.md');

  it("drops kramdown's attribute lists, table of contents and comments, heading ids, container fences and Obsidian comments, and keeps the text", () => {
    const markdown = [
      '# Notes from the allotment', '', '* TOC', '{:toc}', '', 'The plots opened in April this year.', '{: .lead}', '',
      '## Soil first {#soil}', '', 'We tested the soil *twice*{: .red} before planting.', '', ':::tip Worth knowing', 'Lime takes months to act.', ':::', '',
      '[TOC]', '', '{::comment}', 'Ask the committee about the water bill.', '{:/comment}', '', '## Water', '', 'Two butts catch rain from the shed roof.', '',
      '```', '{: .kept-in-code}', ':::', '```', '',
    ].join('\n');
    const source = read(`${markdown}\nLast words. %%check the figures%%\n\n%%\nA note to self\n\nacross paragraphs.\n%%\n`);
    const tree = JSON.stringify(source.tree);
    for (const gone of ['check the figures', 'note to self', 'across paragraphs', '%%', '{:', 'TOC', '#soil', ':::tip', 'Worth knowing', 'water bill']) expect(tree.replace('{: .kept-in-code}', '')).not.toContain(gone);
    for (const kept of ['The plots opened in April this year.', 'before planting.', 'Lime takes months to act.', '{: .kept-in-code}\\n:::', 'Last words.']) expect(tree).toContain(kept);
    const headings = source.tree.children.filter((n) => n.type === 'heading').map((h) => [JSON.stringify(h).match(/"value":"([^"]+)"/)?.[1], h.position?.start.line]);
    expect(headings).toEqual([['Notes from the allotment', 1], ['Soil first', 9], ['Water', 23]]);
    expect(source.dropped?.map((d) => d.reason)).toEqual(['table of contents', 'markup extension', 'markup extension', 'markup extension', 'markup extension', 'markup extension', 'table of contents', 'markup extension', 'comment', 'comment']);
    expect(source.warnings).toEqual([]);
  });
});

describe('template tags in other places', () => {
  const read = (markdown: string) => parseArticle(markdown, 'post.md');

  it('keeps shortcodes in indented and fenced code, and shows Hugo-escaped shortcodes as written', () => {
    const source = read('# T\n\n## A\n\nText {{</* note */>}} shown.\n\n    {{< note >}}\n\n~~~\n{{</* figure src="a.png" */>}}\n~~~\n');
    expect(source.warnings).toEqual([]);
    expect(JSON.stringify(source.tree)).toContain('Text {{< note >}} shown.');
    expect(JSON.stringify(source.tree)).toContain('"value":"{{< note >}}"');
    expect(JSON.stringify(source.tree)).toContain('{{< figure src=\\"a.png\\" >}}');
  });

  it('makes a highlight shortcode pair fenced code, template syntax inside included', () => {
    const source = read('# T\n\n## A\n\nThe handler:\n\n{{< highlight go "linenos=table" >}}\nfmt.Println("{{ .Name }}")\n{{< /highlight >}}\n\nAfter.\n');
    expect(source.warnings).toEqual([]);
    const code = source.tree.children.find((n) => n.type === 'code');
    expect(code).toMatchObject({ lang: 'go', value: 'fmt.Println("{{ .Name }}")', position: { start: { line: 7 }, end: { line: 9 } } });
  });

  it('reads Eleventy posts too: Nunjucks comments dropped whole, an image shortcode with its alt text in order', () => {
    const source = read('# T\n\n## A {#a}\n\n{# check the caption with Jo #}\n\n{% image "kiln.jpg", "The kiln at full heat" %}\n\nFiring takes a day.\n');
    const tree = JSON.stringify(source.tree);
    expect(tree).not.toContain('Jo');
    expect(tree).toContain('"url":"kiln.jpg","alt":"The kiln at full heat"');
    expect(source.warnings.map((w) => w.position?.line)).toEqual([5]);
  });

  it('keeps the address of an image or link written through a URL filter', () => {
    const source = read('# T\n\n## A\n\n![The jar]({{ "/assets/jar.png" | relative_url }}) and [more]({{ \'notes/\' | relURL }}).\n');
    expect(source.warnings).toEqual([]);
    const tree = JSON.stringify(source.tree);
    expect(tree).toContain('"url":"/assets/jar.png"');
    expect(tree).toContain('"url":"notes/"');
  });

  it('keeps a figure or a highlight pair inside the list item it was written in', () => {
    const source = read('# T\n\n## A\n\n- Item one\n\n  {{< figure src="a.png" alt="A" >}}\n- Item two\n\n1. Code:\n\n   {% highlight sh %}\n   ls -la\n   {% endhighlight %}\n2. Done\n');
    const [bullets, steps] = source.tree.children.filter((n) => n.type === 'list');
    expect(bullets?.children.map((item) => item.children.map((block) => block.type))).toEqual([['paragraph', 'paragraph'], ['paragraph']]);
    expect(JSON.stringify(bullets?.children[0])).toContain('"type":"image"');
    expect(steps?.children[0]?.children[1]).toMatchObject({ type: 'code', lang: 'sh', value: 'ls -la' });
  });

  it('drops a shortcode written across lines, and keeps the lines of what follows', () => {
    const source = read('# T\n\n## A\n\n{{< gallery\n  dir="img"\n  columns="3"\n>}}\n\nAfter the gallery.\n');
    expect(source.warnings.map((w) => w.position?.line)).toEqual([5]);
    const last = source.tree.children.at(-1)!;
    expect([last.type, last.position?.start.line]).toEqual(['paragraph', 10]);
  });

  it('takes marks written after a backslash as text, and a stray %% for no comment', () => {
    const source = read('# T\n\n## A\n\nType \\{{< note >}} and \\%%, growth of 5%% a year.\n\n## B\n\nText, then 3%% again.\n');
    expect(source.warnings).toEqual([]);
    expect(source.dropped).toBeUndefined();
    const tree = JSON.stringify(source.tree);
    expect(tree).toContain('Type {{< note >}} and %%, growth of 5%% a year.');
    expect(tree).toContain('"value":"B"');
  });

  it('does not take braces that span paragraphs for a tag', () => {
    const source = read('# T\n\n## A\n\nA set {{ opens here.\n\nAnd }} closes here.\n');
    expect(source.warnings).toEqual([]);
  });

  it('keeps positions right when a long article is parsed in pieces', () => {
    const sections = Array.from({ length: 400 }, (_, i) => `## Part ${i}\n\n{{< note >}}Body of part ${i}, long enough to count. ${'More words follow here. '.repeat(10)}{{< /note >}}\n`);
    const markdown = `# Long\n\n${sections.join('\n')}`;
    expect(markdown.length).toBeGreaterThan(100_000);
    const source = read(markdown);
    const lines = markdown.split('\n');
    const headings = source.tree.children.filter((n) => n.type === 'heading');
    expect(headings).toHaveLength(401);
    for (const heading of headings.slice(1)) {
      expect(lines[heading.position!.start.line - 1]).toMatch(/^## Part \d+$/);
    }
    expect(JSON.stringify(source.tree)).not.toContain('{{');
    expect(source.warnings).toHaveLength(800);
  });
});

describe('double braces in an article with no other template tag', () => {
  const article = [
    '---',
    'author: Ada Example',
    '---',
    '# Templates in the browser',
    '',
    '## Binding',
    '',
    'In Vue you write {{ message }} in the markup and the text follows the data. Angular reads {{user.name}} the same way.',
    '',
    '## Liquid',
    '',
    'A Jekyll site would print {{ page.title | upcase }} here, which is a tag of the generator.',
    '',
  ].join('\n');
  const compiled = compileText(article, 'plain.md');
  const notes = compiled.deck.slides.flatMap((slide) => slide.notes.map((block) => ('text' in block ? block.text : '')));

  it('keeps {{ … }} as the prose it is, and drops only what has a generator’s shape', () => {
    expect(notes.join(' ')).toContain('{{ message }}');
    expect(notes.join(' ')).toContain('{{user.name}}');
    expect(notes.join(' ')).not.toContain('page.title');
  });
});
