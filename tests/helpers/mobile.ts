/** What a reader on a phone would notice, measured in the page: overflow, tiny text, hidden titles; and a finger's swipe. */
import type { Page } from 'playwright-core';

/** Visible elements reaching past either side of the screen, and the page's own horizontal scroll. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const scroller of [document.scrollingElement!, document.body]) {
      if (scroller.scrollWidth > scroller.clientWidth + 1) found.push(`${scroller.tagName} scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    }
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      if (rect.left < -1 || rect.right > width + 1) {
        found.push(`${element.tagName}.${element.className}: ${Math.round(rect.left)}…${Math.round(rect.right)} of ${width}`);
      }
    }
    return found;
  });
}

/** The smallest text on the page as rendered (font size times any scaling), over every visible text node. */
export function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      // Screen-reader-only text (reveal's live region) is clipped to a pixel: nobody sees it.
      if (rect.width < 2 || rect.height < 2 || element.closest('.aria-status')) continue;
      // Transforms (reveal.js scales slides to fit) change the rendered size; subpixel layout does not.
      const box = element.getBoundingClientRect();
      const ratio = element.offsetWidth > 0 && box.width > 0 ? box.width / element.offsetWidth : 1;
      const scale = Math.abs(ratio - 1) < 0.02 ? 1 : ratio;
      const size = Math.round(parseFloat(getComputedStyle(element).fontSize) * scale * 10) / 10;
      if (size < smallest.size) smallest = { size, text: text.slice(0, 60) };
    }
    return smallest;
  });
}

/** The page's rendered text, with whitespace collapsed (innerText leaves out what is not displayed). */
export async function visibleText(page: Page): Promise<string> {
  return (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
}

/** Whether slide `index`'s title is wholly on screen and nothing covers it. */
export function titleIsOnScreen(page: Page, index: number): Promise<boolean> {
  return page.evaluate((i) => {
    const heading = document.querySelectorAll('.reveal .slides section')[i]?.querySelector('h1, h2');
    if (!heading) return false;
    const rect = heading.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) return false;
    const hit = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 20), rect.top + rect.height / 2);
    return !!hit && (hit === heading || heading.contains(hit));
  }, index);
}

/** A one-finger horizontal swipe across the middle of the screen: -1 leftwards (next slide), 1 rightwards. */
export async function swipe(page: Page, direction: -1 | 1): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const cdp = await page.context().newCDPSession(page);
  const y = Math.round(height / 2);
  const from = Math.round(width / 2 - (direction * width) / 4);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
  for (let step = 1; step <= 6; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + (direction * step * width) / 12, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
