/** Front matter in Markdown: TOML between +++ lines (Hugo) is read like YAML, with errors at their line. */
import { describe, expect, it } from 'vitest';
import { DeckError } from '../../src/errors.ts';
import { parseArticle } from '../../src/read/index.ts';

const BODY = '\n# Title in the text\n\n## A section\n\nSome text.\n';
const read = (markdown: string) => parseArticle(markdown, 'post.md');
const failure = (markdown: string): string => {
  try {
    read(markdown);
  } catch (error) {
    if (error instanceof DeckError) return error.format();
    throw error;
  }
  throw new Error('expected the article to be refused');
};

describe('TOML front matter', () => {
  it('gives the same meta as the same fields in YAML', () => {
    const toml = read(`+++\ntitle = "Night trains"\nauthor = "Ines"\ndate = 2024-05-01\nlang = "de-AT"\ntheme = "dark"\nduration = 15\ndraft = true\ntags = ["rail"]\n+++${BODY}`);
    const yaml = read(`---\ntitle: "Night trains"\nauthor: "Ines"\ndate: 2024-05-01\nlang: "de-AT"\ntheme: "dark"\nduration: 15\ndraft: true\ntags: [rail]\n---${BODY}`);
    expect(toml.meta).toEqual({ title: 'Night trains', author: 'Ines', date: '2024-05-01', lang: 'de-AT', theme: 'dark', duration: 15 });
    expect(toml.meta).toEqual(yaml.meta);
    expect(JSON.stringify(toml.tree)).not.toContain('draft');
  });

  it('keeps the date the author wrote, whatever its time zone', () => {
    expect(read(`+++\ndate = 2024-03-01T00:15:00+02:00\n+++${BODY}`).meta.date).toBe('2024-03-01');
    expect(read(`+++\ndate = 2024-03-01T23:15:00-05:00\n+++${BODY}`).meta.date).toBe('2024-03-01');
    expect(read(`---\ndate: 2023-11-19 20:15:00 -0500\n---${BODY}`).meta.date).toBe('2023-11-19');
    expect(read(`---\ndate: 2024-01-28T09:30:00+01:00\n---${BODY}`).meta.date).toBe('2024-01-28');
    expect(read(`---\ndate: March 2024\n---${BODY}`).meta.date).toBe('March 2024');
  });

  it("names every author of Hugo's authors list, and an author given as a map by name", () => {
    expect(read(`+++\nauthors = ["Ana", "Bea"]\n+++${BODY}`).meta.author).toBe('Ana, Bea');
    expect(read(`---\nauthor:\n  name: Chidi\n  url: https://example.org\n---${BODY}`).meta.author).toBe('Chidi');
  });

  it('ignores tables and other fields of the site generator', () => {
    const source = read(`+++\ntitle = "T"\n[params]\n  featured = true\n[[resources]]\n  src = "a.png"\n+++${BODY}`);
    expect(source.meta.title).toBe('T');
  });

  it('refuses invalid TOML in one line that names the line', () => {
    expect(failure(`+++\ntitle = "T"\ndate = \n+++${BODY}`)).toBe('deck: post.md:3: malformed front matter: invalid value; fix the TOML between the +++ lines');
    expect(failure(`+++\ntitle = "T"\ntitle = "U"\n+++${BODY}`)).toMatch(/^deck: post\.md:3: malformed front matter: .*; fix the TOML between the \+\+\+ lines$/);
  });

  it('refuses a bad value with the line of its key, and front matter that is never closed', () => {
    expect(failure(`+++\ntitle = "T"\ntheme = "neon"\n+++${BODY}`)).toBe('deck: post.md:3: front matter theme "neon" is unknown: use "light" or "dark"');
    expect(failure(`+++\ntitle = "T"\nduration = "soon"\n+++${BODY}`)).toMatch(/^deck: post\.md:3: front matter duration "soon"/);
    expect(failure(`+++\ntitle = "T"\n${BODY}`)).toBe('deck: post.md:1: front matter opened with +++ is never closed: add a +++ line after it');
  });

  it('keeps the body lines right after a TOML block', () => {
    const source = read(`+++\ntitle = "T"\n+++${BODY}`);
    expect(source.tree.children.find((n) => n.type === 'heading' && n.depth === 2)?.position?.start.line).toBe(6);
  });
});

describe('JSON front matter (Hugo)', () => {
  it('is read like YAML, and the body keeps its lines', () => {
    const source = read(`{\n  "title": "Night trains",\n  "authors": ["Ines"],\n  "date": "2024-05-01T08:00:00+02:00",\n  "draft": false\n}${BODY}`);
    expect(source.meta).toMatchObject({ title: 'Night trains', author: 'Ines', date: '2024-05-01' });
    expect(JSON.stringify(source.tree)).not.toContain('draft');
    expect(source.tree.children.find((n) => n.type === 'heading' && n.depth === 2)?.position?.start.line).toBe(9);
  });

  it('refuses invalid JSON in one line that names the line', () => {
    expect(failure(`{\n  "title": "T",\n}${BODY}`)).toMatch(/^deck: post\.md:3: malformed front matter: .+; fix the JSON between the \{ and \} lines$/);
    expect(failure(`{\n  "title": "T",\n  "theme": "neon"\n}${BODY}`)).toBe('deck: post.md:3: front matter theme "neon" is unknown: use "light" or "dark"');
  });
});
