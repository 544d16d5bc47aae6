/** Quote slides: a blockquote large on a slide of its own, with its attribution when there is one. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../src/outline/technical-blocks.ts';
import { compileSource } from '../../src/pipeline.ts';
import { readArticle } from '../../src/read/file.ts';
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
});
