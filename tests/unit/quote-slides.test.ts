/** Quote slides: a blockquote large on a slide of its own, with its attribution when there is one. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../src/outline/technical-blocks.ts';
import { compileSource } from '../../src/pipeline.ts';
import { readArticle } from '../../src/read/file.ts';
import { readHtml } from '../../src/read/html.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { FIXTURES } from '../helpers/build.ts';

const compile = (markdown: string) => compileSource({ file: 'post.md', format: 'markdown', ...readMarkdown(markdown, 'post.md') });

const article = (quote: string) => `# Le potager partagé

Trois saisons de jardinage collectif dans une cour d'immeuble.

## Ce qu'en disent les voisins

Nous avons demandé aux voisins ce que le potager avait changé pour eux.

${quote}

Les réponses se ressemblaient beaucoup.

## La suite

L'an prochain, nous ajouterons un composteur.
`;

describe('quote slides', () => {
  it('show a short quote large with its attribution, after the section\'s points', () => {
    const { deck, rendered } = compile(article('> On se dit bonjour dans l\'escalier, maintenant.\n>\n> — Hélène, troisième étage'));
    const kinds = deck.slides.map((s) => s.kind);
    expect(kinds.indexOf('quote')).toBe(kinds.indexOf('section') + 1);
    const slide = deck.slides.find((s) => s.kind === 'quote')!;
    expect(slide.quote).toEqual({ text: "On se dit bonjour dans l'escalier, maintenant.", attribution: 'Hélène, troisième étage' });
    expect(rendered.body).toContain('<figcaption>— Hélène, troisième étage</figcaption>');
    expect(rendered.features).toEqual(['quote']);
    // The notes read the quote and who said it.
    expect(slide.notes[0]).toMatchObject({ text: "On se dit bonjour dans l'escalier, maintenant. — Hélène, troisième étage" });
    // Said on its own slide, the quote is not a point of its section too; the section's notes keep it.
    const section = deck.slides.find((s) => s.kind === 'section' && s.title === "Ce qu'en disent les voisins")!;
    expect(section.points.join(' ')).not.toContain('bonjour');
    expect(section.notes.some((b) => b.kind === 'quote')).toBe(true);
  });

  it('have no attribution when the quote names nobody', () => {
    const slide = compile(article('> Le potager a rendu la cour vivante.')).deck.slides.find((s) => s.kind === 'quote');
    expect(slide?.quote).toEqual({ text: 'Le potager a rendu la cour vivante.' });
  });

  it('leave a quote too long for large type in the points and notes only', () => {
    const long = `> ${'Chaque mardi soir nous arrosions ensemble, puis nous restions parler sur les bancs jusqu\'à la nuit. '.repeat(5)}`;
    const { deck, rendered } = compile(article(`${long}\n>\n> — Paul, rez-de-chaussée`));
    expect(deck.slides.some((s) => s.kind === 'quote')).toBe(false);
    // Who said it stays in the section's notes.
    expect(rendered.body).toContain('<p class="attribution">— Paul, rez-de-chaussée</p>');
  });

  it('read an attribution line only when it is a short dash-led name', () => {
    expect(attributionOf('— Grace Hopper')).toBe('Grace Hopper');
    expect(attributionOf('-- Ada Lovelace, 1843')).toBe('Ada Lovelace, 1843');
    expect(attributionOf('Grace Hopper')).toBeUndefined();
    expect(attributionOf('— and then, after a long pause that lasted for what felt like several minutes, she went on')).toBeUndefined();
  });

  it('take a web page\'s <figcaption> as the attribution of the quote it holds', async () => {
    const { deck } = compileSource(await readArticle(path.join(FIXTURES, 'technical-page.html')));
    expect(deck.slides.find((s) => s.kind === 'quote')?.quote?.attribution).toBe('Mira Hoffmann, Entwicklerin im Plattform-Team');
  });

  it('take a web page\'s pull quotes (a WordPress pull quote block, an element classed "pullquote") as quotes, not furniture', () => {
    const page = `<!doctype html><html lang="en"><head><title>Night buses</title></head><body><main><article>
<h1>Why the night buses came back</h1>
<p>For three years the city ran no buses after midnight, and shift workers paid the price in taxis and long walks home.</p>
<h2>What changed</h2>
<p>The council found the money in a fuel tax that had gone unspent. Five routes returned in March, running every thirty minutes until dawn.</p>
<figure class="wp-block-pullquote"><blockquote><p>I used to spend a third of my wage on taxis home.</p><cite>Rosa Lindqvist, hospital cleaner</cite></blockquote></figure>
<p>Ridership passed the old numbers within two months, mostly on the routes that serve the hospitals.</p>
<aside class="pullquote"><p>Five routes returned in March, running every thirty minutes until dawn.</p></aside>
<h2>What comes next</h2>
<p>The council will decide in autumn whether to add two more routes. Riders can comment on the plan until September.</p>
</article></main></body></html>`;
    const { deck } = compileSource({ file: 'page.html', format: 'html', warnings: [], ...readHtml(page, 'page.html') });
    expect(deck.slides.filter((s) => s.kind === 'quote').map((s) => s.quote)).toEqual([
      { text: 'I used to spend a third of my wage on taxis home.', attribution: 'Rosa Lindqvist, hospital cleaner' },
      { text: 'Five routes returned in March, running every thirty minutes until dawn.' },
    ]);
  });
});
