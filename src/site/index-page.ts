/**
 * The site's index page: one card per deck — title, lead, date, language, slide count, talk time —
 * linking to the deck, and to its PDF and single file when they were built. Every string from an
 * article enters as a text node and is escaped by the serializer (as the slides are, src/render);
 * the page has no script at all, carries the decks' Content-Security-Policy and follows their
 * theme (assets/theme.css), light or dark as the viewer's system is.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { IndexedDeck } from './index-data.ts';

export interface IndexPageAssets {
  /** `assets/…` names, relative to the index page. */
  stylesheet: string;
  icon: string;
  policy: string;
}

export function renderIndexPage(decks: IndexedDeck[], assets: IndexPageAssets): string {
  const heading = 'Talks';
  const tree = h('html', { lang: 'en', dataTheme: 'auto' }, [
    h('head', [
      h('meta', { httpEquiv: 'Content-Security-Policy', content: assets.policy }),
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1, viewport-fit=cover' }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('title', heading),
      h('link', { rel: 'icon', href: assets.icon, type: 'image/svg+xml' }),
      h('link', { rel: 'stylesheet', href: assets.stylesheet }),
    ]),
    h('body.site-index', [
      h('header.site-head', [h('h1', heading), h('p.site-count', countLine(decks))]),
      h('main', [h('ol.decks', decks.map(card))]),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}

function countLine(decks: IndexedDeck[]): string {
  const minutes = Math.round(decks.reduce((sum, d) => sum + d.meta.talkSeconds, 0) / 60);
  return `${decks.length} ${decks.length === 1 ? 'deck' : 'decks'} · ${formatMinutes(minutes * 60)} of talks`;
}

function card(deck: IndexedDeck): Element {
  const { meta, slug } = deck;
  const href = `${slug}/index.html`;
  const facts = [
    // dir=auto: a date or language name in a right-to-left script keeps its place in the line.
    ...(meta.date ? [h('span.fact', { lang: meta.lang, dir: 'auto' }, meta.date)] : []),
    h('span.fact', { lang: meta.lang, dir: 'auto' }, languageName(meta.lang)),
    h('span.fact', `${meta.slides} slides`),
    h('span.fact', formatMinutes(meta.talkSeconds)),
  ];
  const links = [
    h('a.link.link--deck', { href }, 'Slides'),
    ...(deck.pdf ? [h('a.link', { href: deck.pdf, type: 'application/pdf' }, 'PDF')] : []),
    ...(deck.singleFile ? [h('a.link', { href: deck.singleFile }, 'Single file')] : []),
  ];
  return h('li.deck', [
    h('article', { lang: meta.lang, dir: meta.dir }, [
      h('h2.deck-title', [h('a', { href }, meta.title)]),
      ...(meta.lead ? [h('p.deck-lead', meta.lead)] : []),
      ...(meta.author ? [h('p.deck-author', meta.author)] : []),
    ]),
    h('p.deck-facts', facts),
    h('p.deck-links', links),
  ]);
}

const names = new Map<string, string>();

/** The language in its own words ("Español", "עברית"), else its code. */
export function languageName(lang: string): string {
  let name = names.get(lang);
  if (name === undefined) names.set(lang, (name = nameOf(lang)));
  return name;
}

function nameOf(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return name && name !== lang ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}

export function formatMinutes(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
