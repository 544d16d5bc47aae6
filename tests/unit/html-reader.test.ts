/** The HTML reader: saved web pages → the outline a careful reader would make, with the page around it gone. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/plan/index.ts';
import { readArticle } from '../../src/read/file.ts';
import { parseArticle } from '../../src/read/index.ts';
import type { Section } from '../../src/types.ts';
import { outlineText } from '../helpers/text.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

const outlineOf = (html: string, file = 'page.html') => buildOutline(parseArticle(html, file));
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const allText = outlineText;


/** The top of an old blog post written as <br> lines (lines 1–9 of the page); each test adds its own tail. */
const BR_PAGE = `<html><head><title>Old Blog: The Big Post</title></head><body>
<div class="post"><h3 class="post-title entry-title">The Big Post</h3>
<div class="post-body" itemprop="description articleBody">
Opening line of the post, a full sentence with several words in it.<br /><br />
<b>First Section Title</b><br />
Text of the first section goes here. It has two sentences.<br /><br />
<b>Second Section Title</b><br />
More text for the second section. Another sentence here.<br /><br />
`;

describe('a saved blog post (saved-page.html)', async () => {
  const file = path.join(FIXTURES, 'saved-page.html');
  const source = await readArticle(file);
  const outline = buildOutline(source);
  const text = allText(outline);

  it('takes title, author, date and language from the page', () => {
    expect(outline.title).toBe('How Cities Cool Down');
    expect(outline.meta).toMatchObject({ author: 'Marta Ruiz', date: '2024-05-14', lang: 'en-GB' });
    expect(outline.lang).toBe('en-GB');
  });

  it('finds the sections, the subsection, the FAQ and the conclusion, with the page lines', () => {
    expect(outline.sections.map((s) => s.heading)).toEqual(['Why Cities Run Hot', 'Trees Are the Cheapest Air Conditioner', 'Pale Roofs and Pavements']);
    expect(outline.sections[1]!.subsections.map((s) => s.heading)).toEqual(['Choosing the Right Species']);
    expect(outline.faq.map((f) => f.question)).toEqual(['Do white roofs make buildings colder in winter?', 'How long does a new tree take to help?']);
    expect(outline.faq[1]!.answer).toEqual([expect.objectContaining({ text: 'Most street trees give useful shade after five to ten years.' })]);
    expect(outline.conclusion?.heading).toBe('Conclusion');
    expect(outline.sections[0]!.line).toBe(44);
  });

  it('keeps every sentence of the article body', async () => {
    const raw = await readFile(file, 'utf8');
    const body = raw.slice(raw.indexOf('<div class="entry-content">'), raw.indexOf('<div class="sharedaddy'));
    const paragraphs = [...body.matchAll(/<(p|li|figcaption)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim());
    expect(paragraphs.length).toBeGreaterThan(12);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
  });

  it('drops navigation, cookie notice, share buttons, tags, comments, sidebar, footer, forms and scripts', () => {
    for (const furniture of [
      'Skip to content', 'We use cookies', 'Accept all cookies', 'Notes on how cities work', 'Topics', 'Share on Twitter', 'Share this',
      'Posted in', 'Tagged', 'Previous post', 'Related posts', 'Why shade is a public good', 'thoughts on', 'superblocks', 'green roofs',
      'First!!!', 'Leave a Reply', 'Recent Posts', 'Subscribe to our newsletter', 'No spam', '© 2024', 'Proudly powered', 'tracker',
      'dataLayer', 'injected-by-page', 'tracking pixel', 'position:fixed',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps links for the notes and turns images with alt text into figures, the local one located on disk', () => {
    const trees = outline.sections[1]!;
    expect(trees.blocks[0]).toMatchObject({ links: [{ text: 'full tree study', url: 'https://www.example.org/tree-study' }] });
    const figures = outline.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure');
    expect(figures).toEqual([
      expect.objectContaining({ src: pathToFileURL(path.join(FIXTURES, 'saved-page_files/heat-chart.png')).href, alt: expect.stringMatching(/^Bar chart/) }),
      expect.objectContaining({ src: 'https://cdn.example.net/photos/plane-trees.jpg', alt: 'Plane trees shading a street in Madrid' }),
    ]);
    expect(source.warnings).toEqual([]);
  });

  it('plans a figure slide for the local image; the remote one only with allowRemote, else a warning', () => {
    const offline = planDeck(outline);
    expect(offline.slides.filter((s) => s.kind === 'figure').map((s) => s.figure)).toEqual([
      { src: 'images/1-heat-chart.png', alt: expect.stringMatching(/^Bar chart/), file: path.join(FIXTURES, 'saved-page_files/heat-chart.png') },
    ]);
    expect(offline.warnings?.map((w) => w.message)).toEqual([expect.stringMatching(/cdn\.example\.net.*must work offline.*--allow-remote/)]);
    expect(offline.warnings?.[0]?.position?.line).toBe(50);
    const online = planDeck(outline, { allowRemote: true });
    expect(online.slides.filter((s) => s.kind === 'figure').map((s) => s.figure?.src)).toEqual(['images/1-heat-chart.png', 'https://cdn.example.net/photos/plane-trees.jpg']);
    expect(online.warnings).toEqual([]);
  });
});

describe('a saved Blogger post of the bundled article (blogger-post.html)', async () => {
  const outline = buildOutline(await readArticle(path.join(FIXTURES, 'blogger-post.html')));

  it('reads the post, not the blog around it', () => {
    expect(outline.title).toBe("The Dynamics of Microsoft's Collaboration with OpenAI");
    expect(outline.meta).toMatchObject({ author: 'Ravi Menon', date: '2023-10-23' });
    expect(outline.sections.map((s) => s.heading)).toEqual([
      'The Genesis of OpenAI', "Microsoft's Ambitious Pursuit of AI", 'A Shared Vision for AI Advancement', "The Investment: Microsoft's Stake in OpenAI",
      'Cooperative Research and Development', 'AI for Accessibility and Humanitarian Initiatives', 'Competing in the AI Race', 'The Ethical Considerations',
      'Challenges and Criticisms', 'The Road Ahead',
    ]);
    expect(outline.faq).toHaveLength(5);
    expect(outline.faq[2]).toMatchObject({ question: 'Are there any concerns about monopolizing AI research?' });
    expect(JSON.stringify(outline.conclusion)).toContain('In conclusion, the relationship');
    const text = allText(outline);
    for (const furniture of ['Tech Currents', 'Popular Posts', 'Post a Comment', 'Share to X', 'Labels', 'Newer Post', 'Powered by', 'Why Cloud Costs']) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('pages of other shapes', () => {
  it('without <article> or <main>, takes the densest block of paragraphs', () => {
    const outline = outlineOf(
      page(`<div id="top"><a href="/">Home</a> <a href="/a">Archive</a></div>
<div class="wrap"><div class="left"><h2>First Thing</h2><p>Paragraph one is long enough to count as prose in the densest block.</p>
<p>Another paragraph with more words so that this block wins easily.</p><h2>Second Thing</h2><p>Third paragraph of the page, in the same block.</p></div>
<div class="right"><p>A short aside.</p></div></div>`, '<title>Soup Page - My Blog</title>'),
    );
    expect(outline.title).toBe('Soup Page');
    expect(outline.sections.map((s) => s.heading)).toEqual(['First Thing', 'Second Thing']);
    expect(allText(outline)).not.toMatch(/Home|Archive|short aside/);
  });

  it('reads headings written only in bold, and bold questions under a bold FAQ heading', () => {
    const outline = outlineOf(
      page(`<article><h1>Bold Headings</h1><p>Intro text here. It is long enough.</p><p><strong>Part One</strong></p><p>Body of part one. Two sentences.</p>
<p><b>FAQ</b></p><p><b>Is this a question?</b></p><p>Yes it is.</p><p><strong>Conclusion</strong></p><p>Final words here.</p></article>`),
    );
    expect(outline.sections.map((s) => s.heading)).toEqual(['Part One']);
    expect(outline.faq.map((f) => f.question)).toEqual(['Is this a question?']);
    expect(outline.conclusion?.blocks).toEqual([expect.objectContaining({ text: 'Final words here.' })]);
  });

  it('reads text written as <br> lines like plain text: headings, bullets, conclusion, page lines', () => {
    const outline = outlineOf(`${BR_PAGE}• A bullet item<br />• Another bullet item<br /><br />
In conclusion, this old post ends here with a summary.<br />
</div></div><div class="comments"><h4>Post a Comment</h4></div></body></html>`);
    expect(outline.title).toBe('The Big Post');
    expect(outline.sections.map((s) => [s.heading, s.line])).toEqual([['First Section Title', 5], ['Second Section Title', 7]]);
    expect(outline.sections[1]!.blocks).toContainEqual(expect.objectContaining({ kind: 'list', items: ['A bullet item', 'Another bullet item'] }));
    expect(JSON.stringify(outline.conclusion)).toContain('In conclusion, this old post');
    expect(allText(outline)).not.toContain('Post a Comment');
  });

  it('lists what it drops from a page of <br> lines, at the page\'s own line', () => {
    const outline = outlineOf(`${BR_PAGE}Share this:<br />Facebook<br />Twitter<br />
</div></div></body></html>`);
    expect(allText(outline)).not.toContain('Share this');
    expect(outline.dropped).toContainEqual(expect.objectContaining({ text: expect.stringContaining('Share this'), line: 9 }));
  });

  it('prefers og:title over <title>, drops hidden text, turns <br> into a space and uses lazy image sources', () => {
    const outline = outlineOf(
      page(`<main><h2>Part One</h2><p>Text.</p><h2>Part Two</h2><p>Line one<br>line two.</p><p hidden>Secret one.</p><div style="display: none"><p>Secret two.</p></div>
<p class="sr-only">Secret three.</p><p><img src="data:image/gif;base64,R0lGOD" data-src="pics/real.png" alt="A real picture"></p></main>`, '<title>T | Site</title><meta property="og:title" content="The OG Title">'),
    );
    expect(outline.title).toBe('The OG Title');
    expect(outline.sections[1]!.blocks[0]).toMatchObject({ text: 'Line one line two.' });
    expect(allText(outline)).not.toMatch(/Secret/);
    expect(outline.sections[1]!.blocks).toContainEqual(expect.objectContaining({ kind: 'figure', src: 'pics/real.png' }));
  });

  it('reads an encyclopedia page without its contents box, [edit] links, citation marks, infobox or navbox', () => {
    const outline = outlineOf(`<html lang="en"><head><title>Urban heat island - Wikipedia</title></head><body><main id="content">
<h1 class="firstHeading">Urban heat island</h1><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<table class="infobox"><tr><td>Infobox cell</td></tr></table>
<p>An <b>urban heat island</b> is warmer than its surroundings.<sup class="reference"><a href="#c1">[1]</a></sup> The gap is larger at night.</p>
<div id="toc" class="toc" role="navigation"><h2>Contents</h2><ul><li>1 Causes</li></ul></div>
<div class="mw-heading"><h2 id="Causes">Causes</h2><span class="mw-editsection">[<a href="/edit">edit</a>]</span></div><p>Dark surfaces absorb sunlight.<sup class="reference">[2]</sup></p>
<div class="mw-heading"><h2 id="Mitigation">Mitigation</h2><span class="mw-editsection">[<a href="/edit">edit</a>]</span></div><p>Trees give shade.</p>
<div class="navbox" role="navigation"><table><tr><td>Climate navbox</td></tr></table></div><div id="catlinks" class="catlinks">Categories: Climate</div></main></body></html>`);
    expect(outline.title).toBe('Urban heat island');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Causes', 'Mitigation']);
    expect(outline.intro).toEqual([expect.objectContaining({ text: 'An urban heat island is warmer than its surroundings. The gap is larger at night.' })]);
    expect(allText(outline)).not.toMatch(/Contents|edit|\[\d\]|Infobox|navbox|Categories|free encyclopedia/);
  });

  it('takes the language from <html lang>: Hebrew reads right to left', () => {
    const outline = outlineOf('<html lang="he"><body><article><h1>כותרת</h1><h2>חלק ראשון</h2><p>טקסט של החלק הראשון.</p></article></body></html>');
    expect([outline.lang, outline.dir]).toEqual(['he', 'rtl']);
  });
});

describe('local images: only real image files next to the article are copied', () => {
  it('refuses paths outside the folder, non-images, fakes, scripted SVG and missing files, each with a warning', async () => {
    const dir = await tempDir('images');
    await mkdir(path.join(dir, 'pics'));
    const png = await readFile(path.join(FIXTURES, 'saved-page_files/heat-chart.png'));
    await writeFile(path.join(dir, 'pics/ok.png'), png);
    await writeFile(path.join(dir, 'pics/fake.png'), 'not a png');
    await writeFile(path.join(dir, 'pics/notes.txt'), 'text');
    await writeFile(path.join(dir, 'pics/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    await writeFile(path.join(dir, 'pics/fine.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>');
    const file = path.join(dir, 'article.md');
    const images = ['pics/ok.png', 'pics/fine.svg', '../outside.png', '/etc/passwd.png', 'pics/notes.txt', 'pics/fake.png', 'pics/evil.svg', 'pics/missing.png'];
    await writeFile(file, `# T\n\n## Part\n\nText.\n\n${images.map((src, i) => `![Picture ${i}](${src})`).join('\n\n')}\n`);
    const source = await readArticle(file);
    const figures = buildOutline(source).sections[0]!.blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((f) => f.src)).toEqual([
      pathToFileURL(path.join(dir, 'pics/ok.png')).href,
      pathToFileURL(path.join(dir, 'pics/fine.svg')).href,
      '', '', '', '', '', '',
    ]);
    expect(source.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/"\.\.\/outside\.png" is outside the article's folder/),
      expect.stringMatching(/"\/etc\/passwd\.png" starts at the web site's root/),
      expect.stringMatching(/"pics\/notes\.txt" is not an image file/),
      expect.stringMatching(/"pics\/fake\.png" does not hold image\/png data/),
      expect.stringMatching(/"pics\/evil\.svg" does not hold image\/svg\+xml data/),
      expect.stringMatching(/"pics\/missing\.png" was not found/),
    ]);
    expect(source.warnings[0]!.position).toEqual({ file, line: 11 });
  });

  it('leaves out script URLs and unknown addresses from the slides, with a warning, keeping the alt text in the notes', () => {
    const outline = outlineOf(page(`<article><h2>Intro</h2><p>Words.</p><h2>Part</h2><p>Text.</p><img src="javascript:alert(1)" alt="Scripted"><img src="data:image/png;base64,iVBORw0KGgo=" alt="Inline"></article>`));
    const deck = planDeck(outline);
    expect(deck.slides.filter((s) => s.kind === 'figure').map((s) => s.figure?.alt)).toEqual(['Inline']);
    expect(deck.warnings?.map((w) => w.message)).toEqual([expect.stringMatching(/"javascript:alert\(1\)" is neither an image file/)]);
    expect(JSON.stringify(deck.slides.map((s) => s.notes))).toContain('Scripted');
  });
});
