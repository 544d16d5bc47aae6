/**
 * reveal.css styles every feature reveal.js has; the deck turns on few of them. Its stylesheet
 * blocks the first paint, so the styles of features the deck never uses are dropped at build time
 * (about a third of reveal.css): slide transitions other than fade and none (src/runtime/main.ts),
 * background transitions (off), fragment styles other than the default fade-in (src/render), the
 * lightbox and preview overlay (no data-preview-* attributes), and layout helpers (.r-stack,
 * .r-fit-text, .r-stretch…) no layout uses. Everything else, overview, print and scroll views
 * included, stays. Only reveal.css is touched, and only selector by selector.
 */
import type { Plugin } from 'postcss';

export const UNUSED_REVEAL_SELECTORS: RegExp[] = [
  /\[data-transition(-speed)?=(slide|convex|concave|zoom)\]/,
  /\[data-background-transition=(slide|convex|concave|zoom|fade)\]/,
  /\.fragment\.(grow|shrink|zoom-in|fade-out|fade-up|fade-down|fade-left|fade-right|fade-in-then-out|fade-in-then-semi-out|semi-fade-out|current-visible|highlight-[\w-]+|strike)\b/,
  /\.r-overlay/,
  /\.r-(stack|fit-text|stretch|hstack|vstack|frame)\b/,
  /\.roll\b/,
];

const isRevealCss = (file: string | undefined) => Boolean(file && /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/.test(file));

export function trimRevealCss(unused: RegExp[] = UNUSED_REVEAL_SELECTORS): Plugin {
  return {
    postcssPlugin: 'deck-trim-reveal-css',
    Once(root) {
      if (!isRevealCss(root.source?.input.file)) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !unused.some((pattern) => pattern.test(selector)));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Keyframes and media queries left empty go too.
      root.walkAtRules((at) => {
        if (at.nodes?.length === 0) at.remove();
      });
    },
  };
}
