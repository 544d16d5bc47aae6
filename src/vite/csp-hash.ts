/**
 * Content-Security-Policy hashes, and the inline code reveal.js's speaker view writes at run time.
 *
 * The notes plugin opens `about:blank` and `document.write`s a page with an inline `<script>`,
 * a `<style>` and `style="…"` attributes. That page inherits the opener's policy, so a strict
 * policy must list their hashes; they are read from the installed plugin so an upgrade cannot
 * leave them stale.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** `'sha256-…'`: the CSP source matching an inline script, style or style attribute with this exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface InlineSources {
  scripts: string[];
  styles: string[];
  /** Values of `style="…"` attributes (they need `'unsafe-hashes'` next to their hashes). */
  styleAttributes: string[];
}

/** What the speaker view page writes inline, from the installed reveal.js notes plugin. */
export function speakerViewSources(pluginFile = notesPluginFile()): InlineSources {
  return inlineSourcesOf(speakerViewHtml(readFileSync(pluginFile, 'utf8')));
}

export function notesPluginFile(): string {
  const resolved = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  return path.join(path.dirname(resolved), 'notes.mjs');
}

/** The HTML the plugin passes to `document.write`: the one string literal that follows it. */
export function speakerViewHtml(pluginSource: string): string {
  const call = pluginSource.indexOf('document.write(');
  if (call < 0) throw new Error('reveal.js notes plugin: no document.write call found');
  const start = call + 'document.write('.length;
  const quote = pluginSource[start];
  if (quote !== '"' && quote !== "'") throw new Error('reveal.js notes plugin: document.write is not given a string literal');
  let end = start + 1;
  while (end < pluginSource.length && pluginSource[end] !== quote) end += pluginSource[end] === '\\' ? 2 : 1;
  return decodeStringLiteral(pluginSource.slice(start + 1, end));
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The value of a JavaScript string literal's body (between its quotes). */
export function decodeStringLiteral(body: string): string {
  return body.replace(
    /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|(\r\n|[\s\S]))/g,
    (_, hex: string | undefined, codePoint: string | undefined, unit: string | undefined, other: string) => {
      const code = hex ?? codePoint ?? unit;
      if (code) return String.fromCodePoint(parseInt(code, 16));
      if (/^(\r\n|[\n\r\u2028\u2029])$/.test(other)) return ''; // line continuation
      return SIMPLE_ESCAPES[other] ?? other;
    },
  );
}

/** Inline scripts, style elements and style attributes of an HTML string we trust (our own or a dependency's). */
export function inlineSourcesOf(html: string): InlineSources {
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
  return {
    scripts: all(/<script>([\s\S]*?)<\/script>/g),
    styles: all(/<style>([\s\S]*?)<\/style>/g),
    styleAttributes: all(/\sstyle="([^"]*)"/g),
  };
}
