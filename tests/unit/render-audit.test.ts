/**
 * The slides' tree is audited before it becomes HTML (src/render/audit.ts): whatever bug might
 * put code into it, the render refuses it. Article text cannot get there (tests/e2e/security.test.ts
 * runs hostile articles in Chromium); these trees are what such a bug would produce.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { auditTree, unsafeSlidesError } from '../../src/render/audit.ts';
import { compileFile } from '../../src/pipeline.ts';
import { renderSlide } from '../../src/render/index.ts';
import { ARTICLE } from '../helpers/build.ts';

const slide = (child: Element) => h('div.slides', [h('section', [child])]);

describe('the audit of the slides', () => {
  it('finds an inline script, an event handler, a script URL and raw HTML, and names them', () => {
    expect(auditTree(slide(h('script', 'alert(1)')))).toEqual(['an inline script in <script>']);
    expect(auditTree(slide(h('img', { src: 'a.png', onError: 'alert(1)' })))).toEqual(['an event handler (onError) on <img>']);
    expect(auditTree(slide(h('a', { href: ' JavaScript:alert(1)' }, 'x')))).toEqual(['a href with a script URL on <a>']);
    expect(auditTree(slide(h('form', { action: 'vbscript:x' })))).toEqual(['a action with a script URL on <form>']);
    const raw: Root = { type: 'root', children: [{ type: 'raw', value: '<b>x</b>' } as never] };
    expect(auditTree(raw)).toEqual(['raw HTML']);
  });

  it('passes every slide of the bundled deck, links and all', async () => {
    const { deck } = await compileFile(ARTICLE);
    for (const s of deck.slides) expect(auditTree(renderSlide(s, deck))).toEqual([]);
  });

  it('turns problems into one build error that names the first three', () => {
    const error = unsafeSlidesError(['a', 'b', 'c', 'd']);
    expect(error.format()).toBe("deck: the slides would run code the page's policy forbids: a; b; c");
    expect(error.code).toBe('build');
  });
});
