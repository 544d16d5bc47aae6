/**
 * Template tags of static-site generators are not article content: Hugo shortcodes (`{{< … >}}`,
 * `{{% … %}}`, paired or self-closing, across lines), Liquid and Nunjucks tags (`{% … %}`, with
 * `{% comment %}…{% endcomment %}` and `{# … #}` dropped whole, `{% raw %}…{% endraw %}` kept as
 * written) and output tags (`{{ … }}`). Each is cut out with a warning; what a paired shortcode
 * encloses stays. A figure tag whose image is given becomes a Markdown image; a highlight pair
 * becomes fenced code; an address put through a URL filter becomes the address.
 * Nothing inside code (`protect`) is touched: a post about Hugo may show shortcodes in code.
 * An output tag is cut when it has a generator's shape (`{{ .Title }}`, `{{ page.x | filter }}`) or
 * stands in a generator's page (another of its tags outside code); otherwise
 * `{{name}}` is prose about Mustache, Vue or Angular, and stays as text.
 */
import type { Diagnostic, Dropped } from '../types.ts';
import { cut, type Edit } from './source-edits.ts';
import { figureMarkdown } from './template-figure.ts';
import { escaped, lineAt } from './text-offsets.ts';

/** One of the generators' tags, the longest forms first. Blank lines never occur inside one tag. */
const TAG = new RegExp(
  [
    String.raw`(?<comment>\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[\s-][\s\S]*?[\s-]#\})`, // Liquid, Jinja/Nunjucks
    String.raw`(?<shortcode>\{\{[<%]\s*(?<close>\/)?\s*(?<name>[\w./-]+)(?<args>[\s\S]*?)[>%]\}\})`,
    String.raw`(?<liquid>\{%-?\s*(?<tag>\w+)(?<params>[\s\S]*?)-?%\})`,
    String.raw`(?<output>\{\{(?:\/\*[\s\S]*?\*\/|[^{}]*?)\}\})`,
  ].join('|'),
  'g',
);
// Hugo's way of showing a shortcode as written: {{</* note */>}} reads {{< note >}}, in code too.
const ESCAPED = /\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g;
/** An address passed through a URL filter, `{{ "/img/a.png" | relative_url }}` (Jekyll) or `| relURL` (Hugo): the address. */
const URL_FILTER = /^\{\{-?\s*["']([^"'\s]+)["']\s*\|\s*(?:relative_url|absolute_url|rel(?:Lang)?URL|abs(?:Lang)?URL)\s*-?\}\}$/;
const BLANK_LINE = /\n[ \t]*\n/;
/** An output tag only a site generator writes: Hugo's `{{ .Title }}`, Liquid's `{{ page.date | date: "%Y" }}`. */
const GENERATOR_OUTPUT = /^\{\{-?\s*(?:\$?\.[A-Za-z]|(?:site|page|post|layout|include|content|paginator|params|jekyll)\b|[^}]*\|\s*[a-z_]+)/;
const MAX_TAG = 2000;
export const MARKERS = /\{\{|\{%|\{#[\s-]/;

export interface TemplateResult {
  edits: Edit[];
  dropped: Dropped[];
  warnings: Diagnostic[];
}

export function findTemplateTags(text: string, protect: [number, number][], file: string): TemplateResult {
  const result: TemplateResult = { edits: [], dropped: [], warnings: [] };
  const guarded = [...protect];
  for (const match of text.matchAll(ESCAPED)) {
    const [start, end] = [match.index, match.index + match[0].length];
    result.edits.push({ start, end, text: `{{${match[1]}${match[2]}${match[3]}}}` });
    guarded.push([start, end]);
  }
  const insideCode = (from: number, to: number) => guarded.find(([start, end]) => from < end && to > start);
  const drop = (from: number, to: number, raw: string) => {
    result.edits.push(cut(text, from, to));
    const line = lineAt(text, from);
    const shown = raw.replace(/\s+/g, ' ');
    result.dropped.push({ text: shown, line, reason: 'template tag' });
    result.warnings.push({
      severity: 'warning',
      message: `template tag ${shorten(shown)} left out: a site generator's tag is not part of the article`,
      position: { file, line },
    });
  };

  let generated = false;
  const outputs: [number, number, string][] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    const from = match.index;
    const to = from + match[0].length;
    const groups = match.groups!;
    const code = insideCode(from, to);
    if (code) {
      TAG.lastIndex = Math.max(from + 1, code[0] <= from ? code[1] : from + 1);
      continue;
    }
    if (escaped(text, from) || (!groups['comment'] && (match[0].length > MAX_TAG || BLANK_LINE.test(match[0])))) {
      TAG.lastIndex = from + 2; // braces in prose or written to be read literally, not a tag
      continue;
    }
    const name = (groups['name'] ?? groups['tag'] ?? '').toLowerCase();
    if (!groups['output']) generated = true;
    if (name === 'highlight' && !groups['close']) {
      const block = highlightBlock(text, match[0], from, to, groups['shortcode'] ? 'hugo' : 'liquid');
      if (block) {
        result.edits.push(...block.edits);
        guarded.push([to, block.contentEnd]);
        TAG.lastIndex = block.end;
        continue;
      }
    }
    if (groups['liquid'] && name === 'raw') {
      const end = /\{%-?\s*endraw\s*-?%\}/g;
      end.lastIndex = to;
      const closing = end.exec(text);
      drop(from, to, match[0]);
      if (closing) {
        drop(closing.index, closing.index + closing[0].length, closing[0]);
        TAG.lastIndex = closing.index + closing[0].length;
      }
      continue;
    }
    const address = groups['output'] ? URL_FILTER.exec(match[0])?.[1] : undefined;
    if (address) {
      result.edits.push({ start: from, end: to, text: address });
      continue;
    }
    if (groups['output'] && !GENERATOR_OUTPUT.test(match[0])) {
      outputs.push([from, to, match[0]]);
      continue;
    }
    const figure = groups['shortcode'] || groups['liquid'] ? figureMarkdown(name, groups['args'] ?? groups['params'] ?? '') : undefined;
    if (figure) result.edits.push(cut(text, from, to, figure));
    else drop(from, to, match[0]);
  }
  if (generated) for (const [from, to, raw] of outputs) drop(from, to, raw);
  return result;
}

/**
 * `{{< highlight go >}}` … `{{< /highlight >}}` or `{% highlight go %}` … `{% endhighlight %}`,
 * each tag on a line of its own → a fenced code block. Undefined when the pair is not found.
 */
function highlightBlock(text: string, opening: string, from: number, to: number, kind: 'hugo' | 'liquid') {
  const closer = kind === 'hugo' ? /^[ \t]*\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}[ \t]*$/m : /^[ \t]*\{%-?\s*endhighlight\s*-?%\}[ \t]*$/m;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (text.slice(lineStart, from).trim() || text[to] !== '\n') return undefined;
  const rest = text.slice(to);
  const closing = closer.exec(rest);
  if (!closing) return undefined;
  const contentEnd = to + closing.index;
  const end = contentEnd + closing[0].length;
  const content = text.slice(to, contentEnd);
  const lang = /highlight\s+["']?([\w+#.-]+)/.exec(opening)?.[1] ?? '';
  const longest = Math.max(2, ...(content.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const edits: Edit[] = [
    { start: from, end: to, text: `${fence}${lang}` },
    { start: contentEnd + closing[0].search(/\S/), end, text: fence },
  ];
  return { edits, contentEnd, end };
}

function shorten(tag: string): string {
  return tag.length > 60 ? `${tag.slice(0, 57)}…` : tag;
}
