/**
 * A template tag that shows an image — Hugo's `{{< figure src="x.png" alt="…" caption="…" >}}`, a
 * theme's `{{< img … >}}`, Jekyll's `{% include figure.html image_path="x.png" … %}` — as the
 * Markdown image it stands for, so the usual image rules (local file, alt text) apply to it.
 */

const FIGURE_NAMES = /^(?:figure|fig|img|image|picture|photo)$/;
/** Attributes that name the image, in order of preference. */
const SOURCES = ['src', 'image', 'image_path', 'img', 'url', 'path', 'file'];
const TEXTS = ['alt', 'caption', 'title', 'description'];
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#].*)?$/i;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g;

/** The Markdown image for a figure tag, or undefined when the tag shows no image. */
export function figureMarkdown(name: string, args: string): string | undefined {
  const attributes = new Map<string, string>();
  for (const match of args.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim());
  }
  const figureTag = FIGURE_NAMES.test(name.replace(/\.html?$/, '')) || FIGURE_NAMES.test(/^\s*([\w-]+)\.html?\b/.exec(args)?.[1] ?? '');
  const key = SOURCES.find((k) => {
    const value = attributes.get(k);
    return value && (IMAGE_FILE.test(value) || (figureTag && k === 'src'));
  });
  // Nunjucks and some themes pass the image and its alt text in order: {% image "a.png", "Alt" %}.
  const [first, second] = [...args.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((m) => m[1] ?? m[2] ?? '');
  const positional = !key && figureTag && first && IMAGE_FILE.test(first);
  const src = positional ? first : key && attributes.get(key);
  if (!src || /[\n<>]/.test(src)) return undefined;
  const alt = (positional ? second : TEXTS.map((k) => attributes.get(k)).find(Boolean)) ?? '';
  return `![${escape(alt)}](<${src}>)`;
}

/** Markdown punctuation in alt text taken literally. */
function escape(text: string): string {
  return text.replace(/[\\[\]*_`<>!&]/g, (c) => `\\${c}`);
}
