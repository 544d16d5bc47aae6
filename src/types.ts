/**
 * The data that flows through the pipeline, in order:
 * read (file → Source) → outline (Source → Outline) → plan (Outline → Deck) → render (Deck → HTML).
 */
import type { Root } from 'mdast';

/** A place in the user's article. Lines and columns are 1-based. */
export interface Position {
  file: string;
  line?: number;
  column?: number;
}

export type ArticleFormat = 'text' | 'markdown' | 'html';
export type ThemeName = 'light' | 'dark';

/** Metadata from front matter, `<meta>` tags or the article itself. */
export interface ArticleMeta {
  title?: string;
  author?: string;
  date?: string;
  lang?: string;
  theme?: ThemeName;
  /** Planned talk length in minutes; scales every slide's timing. */
  duration?: number;
  /** Number the lines of code slides (front matter `lineNumbers: true`). */
  lineNumbers?: boolean;
  /** The brand the front matter asks for (colours checked, files not read yet: src/read/brand-fields.ts). */
  brandRequest?: BrandRequest;
  /** The brand, its files found and checked (src/read/brand-files.ts). */
  brand?: Brand;
}

/** One brand setting and where it was given: a front matter line, or a command-line option. */
export interface BrandValue {
  value: string;
  /** The front matter line; none for an option. */
  position?: Position;
  /** Front matter paths are the article's (inside its folder, like images); command-line paths are the user's. */
  from: 'article' | 'cli';
  /** Why the value is left out with a warning: front matter that belongs to the site generator (`logo: /img/logo.png`). */
  skip?: string;
}

/** `accent`, `background` (as `#rrggbb`), `font`, `logo` and `css` (a stylesheet: `theme: ./brand.css`). */
export type BrandField = 'accent' | 'background' | 'font' | 'logo' | 'css';
export type BrandRequest = Partial<Record<BrandField, BrandValue>>;

/** A file the brand copies into the deck: `name` is its path in the built deck (`assets/brand-….woff2`). */
export interface BrandFile {
  file: string;
  name: string;
}

export interface Brand {
  /** `#rrggbb`, with the line that set it. */
  accent?: { hex: string; position?: Position };
  background?: { hex: string; position?: Position };
  font?: BrandFile & { format: 'woff2' | 'woff' | 'truetype' | 'opentype'; variable: boolean };
  logo?: BrandFile & { type: string };
  /** The user's stylesheet, checked and with its url()s pointing at `files`' names. */
  css?: { text: string; position?: Position; files: BrandFile[] };
}

/** What a reader returns: the article as an mdast tree whose nodes keep their source lines. */
export interface Source {
  file: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  tree: Root;
  /** Messages about things the reader had to drop or guess. */
  warnings: Diagnostic[];
  /** Furniture the reader left out of the tree (navigation, template tags, comments…), for `deck outline` to list. */
  dropped?: Dropped[];
}

/** A block of the article left out of the deck, and why ("share line", "tags", "related posts", …). */
export interface Dropped {
  text: string;
  line?: number;
  reason: string;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  position?: Position;
}

/** One sentence of the article, split once at the outline stage, with the line it starts on. */
export interface Sentence {
  text: string;
  line?: number;
  /** The sentence is (part of) a list item the author wrote. */
  list?: boolean;
}

/** A slide point and the sentence of the article it was taken from. */
export interface Point {
  text: string;
  source?: Sentence;
}

/**
 * One piece of body text: a paragraph, a list, a quote, a code block or a figure. The outline
 * gives prose blocks their `sentences` (a list's, item after item); blocks made later may lack them.
 */
export type Block =
  | { kind: 'paragraph'; text: string; line?: number; links?: Link[]; sentences?: Sentence[] }
  | { kind: 'list'; ordered: boolean; items: string[]; line?: number; links?: Link[]; sentences?: Sentence[] }
  | { kind: 'quote'; text: string; line?: number; sentences?: Sentence[]; attribution?: string }
  | { kind: 'code'; text: string; lang?: string; line?: number }
  | { kind: 'figure'; src: string; alt: string; line?: number }
  /** `text`: the cells as readable lines, "Header: value; Header: value", one row a line. */
  | { kind: 'table'; text: string; header: string[]; rows: string[][]; align: TableAlign[]; caption?: string; line?: number }
  /** Display math (`$$…$$`); `text` is its TeX source. */
  | { kind: 'math'; text: string; line?: number };

export type TableAlign = 'left' | 'right' | 'center' | undefined;

export interface Link {
  text: string;
  url: string;
}

export interface Section {
  heading: string;
  line?: number;
  /** Body of the section, verbatim, in order. */
  blocks: Block[];
  /** Points the author wrote as a list right under the heading, if any. */
  authorPoints?: string[];
  subsections: Section[];
}

export interface FaqItem {
  question: string;
  answer: Block[];
  line?: number;
}

export interface Conclusion {
  heading?: string;
  blocks: Block[];
  line?: number;
}

/** The article as a careful reader would outline it. */
export interface Outline {
  file: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Text before the first section. */
  intro: Block[];
  sections: Section[];
  faq: FaqItem[];
  faqHeading?: string;
  conclusion?: Conclusion;
  /** Furniture the reader and the outline dropped (share lines, tags, related posts, comments…), with the reason. */
  dropped: Dropped[];
  warnings: Diagnostic[];
  /** TeX of the article's inline formulas, which stand in its text as `\(TeX\)` (Markdown `$…$`). */
  inlineMath?: string[];
}

export type SlideKind =
  | 'title'
  | 'agenda'
  | 'section'
  | 'stat'
  | 'timeline'
  | 'figure'
  | 'faq'
  | 'conclusion'
  | 'closing'
  | 'code'
  | 'table'
  | 'quote'
  | 'math';

export interface TimelineEvent {
  date: string;
  /** Sort key: year * 12 + month (0 when unknown). */
  order: number;
  caption: string;
}

export interface Slide {
  kind: SlideKind;
  title: string;
  /** Small text above the title (e.g. the parent section of a subsection, "continued"). */
  kicker?: string;
  /** The title slide's lead, the closing slide's talk title. */
  subtitle?: string;
  /** Author · date, on the title slide. */
  byline?: string;
  points: string[];
  /** The sentence each point was taken from, index for index with `points` (where known). */
  pointSources?: (Sentence | undefined)[];
  /** Shown after a click (FAQ answers). */
  reveal?: string;
  stat?: { figure: string; caption: string };
  events?: TimelineEvent[];
  /** `src` is the URL the page uses; `file`, for a local image, the file the build copies to `src`. */
  figure?: { src: string; alt: string; file?: string };
  /** A code slide's code (one part of a long block), its language and its first line's number in the block. */
  code?: { text: string; lang?: string; firstLine: number; lineNumbers: boolean };
  /** A table slide's rows (a long table's share of them), under the whole table's header. */
  table?: { header: string[]; rows: string[][]; align: TableAlign[] };
  quote?: { text: string; attribution?: string };
  /** A display-math slide's TeX. */
  math?: { tex: string };
  /** Speaker notes, verbatim from the article. */
  notes: Block[];
  /** Seconds the speaker should spend here. */
  timing: number;
  /** Points appear one by one. */
  fragments: boolean;
  source?: Position;
}

export interface Deck {
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: ThemeName | 'auto';
  author?: string;
  date?: string;
  /** File name the article came from, shown on the closing slide. */
  sourceName: string;
  slides: Slide[];
  /** Sum of slide timings, in seconds. */
  totalSeconds: number;
  /** What reading and planning dropped or guessed (e.g. a remote image left out), for the CLI to print. */
  warnings?: Diagnostic[];
  /** TeX of the inline formulas that stand in points and notes as `\(TeX\)`: only these are typeset. */
  inlineMath?: string[];
  /** The speaker's own colours, font, logo or stylesheet (front matter or command line). */
  brand?: Brand;
}
