/**
 * A web page's metadata: the post's title from `og:title`, else JSON-LD `headline`, else the heading
 * that matches `<title>` (minus its " | Site name"), else the article's `<h1>` (a blog's `<h1>` is often
 * the blog's name); author and date from the usual `<meta>` tags, schema.org JSON-LD or microdata;
 * language from `<html lang>`. Values are plain strings; nothing here is ever evaluated.
 */
import type { Element, Root } from 'hast';
import type { ArticleMeta } from '../../types.ts';
import { attr, elements, isElement, textOf } from './hast.ts';
import { postTitle } from './title.ts';

/** `content` is the article body the reader chose: its headings are preferred to the page's. */
export function readHtmlMeta(root: Root, content?: Element): ArticleMeta {
  const all = elements(root);
  const metas = new Map<string, string>();
  for (const el of all) {
    if (!isElement(el, 'meta')) continue;
    const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'httpEquiv') || attr(el, 'itemProp')).toLowerCase();
    const value = attr(el, 'content').trim();
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)).find(Boolean);
  const ld = jsonLd(all);
  const titleTag = all.find((el) => isElement(el, 'title'));

  const out: ArticleMeta = {};
  out.title = clean(postTitle(meta('og:title', 'twitter:title') ?? ld.headline, titleTag && textOf(titleTag), content ? elements(content) : [], all));
  out.author = clean(
    [meta('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'), ld.author, itemText(all, 'author'), relAuthor(all)]
      .map((a) => a?.replace(/^(?:by|por|von|par)\s+/iu, ''))
      .find((a) => a && !/^(?:https?:|\/\/|@)/.test(a)),
  );
  out.date = clean(
    isoDay(
      meta('article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'publish-date', 'sailthru.date') ??
        ld.date ??
        itemDate(all) ??
        timeElement(all),
    ),
  );
  out.lang = language(attr(all.find((el) => isElement(el, 'html')) ?? emptyElement, 'lang')) ??
    language(meta('content-language')) ??
    language(meta('og:locale')?.replace('_', '-'));
  for (const key of Object.keys(out) as (keyof ArticleMeta)[]) if (out[key] === undefined) delete out[key];
  return out;
}

const emptyElement: Element = { type: 'element', tagName: 'x', properties: {}, children: [] };

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 300) : undefined;
}

/** A BCP 47 tag, canonicalised; undefined when the value is not one. */
function language(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    return new Intl.Locale(value.trim()).baseName;
  } catch {
    return undefined;
  }
}

/** "2024-03-05T10:00:00Z" → "2024-03-05"; anything else is kept as written. */
function isoDay(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/);
  return match ? match[1] : value;
}

/** Headline, author and date from schema.org JSON-LD (`<script type="application/ld+json">`), parsed as data. */
function jsonLd(all: Element[]): { headline?: string; author?: string; date?: string } {
  for (const el of all) {
    if (!isElement(el, 'script') || attr(el, 'type').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(textOf(el));
    } catch {
      continue;
    }
    const items = [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])].flat();
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      if (!/Article|Posting|Report/.test(String(record['@type'] ?? ''))) continue;
      const author = [record.author].flat()[0];
      return {
        headline: typeof record.headline === 'string' ? record.headline : undefined,
        author: typeof author === 'string' ? author : typeof (author as { name?: unknown })?.name === 'string' ? (author as { name: string }).name : undefined,
        date: typeof record.datePublished === 'string' ? record.datePublished : undefined,
      };
    }
  }
  return {};
}

/** Microdata: `itemprop="author"` (its `name` inside, if any). */
function itemText(all: Element[], prop: string): string | undefined {
  const el = all.find((e) => attr(e, 'itemProp').split(' ').includes(prop) && !isElement(e, 'meta', 'link'));
  if (!el) return undefined;
  const name = elements(el).find((e) => attr(e, 'itemProp').split(' ').includes('name'));
  return textOf(name ?? el) || undefined;
}

function relAuthor(all: Element[]): string | undefined {
  const el = all.find((e) => isElement(e, 'a') && attr(e, 'rel').split(' ').includes('author'));
  return el ? textOf(el) || undefined : undefined;
}

/** Microdata `itemprop="datePublished"` on an element other than `<meta>` (Blogger's `<abbr title>`). */
function itemDate(all: Element[]): string | undefined {
  const el = all.find((e) => attr(e, 'itemProp').split(' ').includes('datePublished'));
  return el ? attr(el, 'content') || attr(el, 'dateTime') || attr(el, 'title') || textOf(el) || undefined : undefined;
}

/** The first `<time datetime>` (a post's date usually comes first). */
function timeElement(all: Element[]): string | undefined {
  const el = all.find((e) => isElement(e, 'time') && attr(e, 'dateTime'));
  return el ? attr(el, 'dateTime') : undefined;
}
