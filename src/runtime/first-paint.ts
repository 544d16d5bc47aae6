/**
 * The first slide is painted from the HTML and assets/first-paint.css alone. reveal.js starts only
 * after that paint: started at once, its layout work would land before the browser's first frame
 * and hold the slide back until the script is done.
 */

/** Frames never come to a page that is not rendered (a hidden iframe): start anyway after this. */
const LATEST_MS = 100;

export function afterFirstPaint(start: () => void): void {
  // Already painted (a slow phone often is by the time the script arrives), or a hidden tab, which
  // paints nothing until it is shown: nothing to wait for.
  if (performance.getEntriesByName('first-contentful-paint').length > 0 || document.visibilityState === 'hidden') return start();
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  // requestAnimationFrame runs just before the next frame is painted; the timeout, just after it.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, LATEST_MS);
}
