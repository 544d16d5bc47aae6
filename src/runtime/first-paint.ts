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
  if (firstFrameRendered() || document.visibilityState === 'hidden') return start();
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

/**
 * Whether the browser has rendered a frame of this page. assets/first-paint.css starts an animation
 * on <html> that the browser starts in its first frame; scripts run between frames, so a started
 * animation means that frame's work is done. (The first-contentful-paint entry says the same but
 * arrives only once the frame is on screen, often a frame later.)
 */
function firstFrameRendered(): boolean {
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return true;
  const probe = document.documentElement.getAnimations().find((a) => (a as CSSAnimation).animationName === 'deck-first-frame');
  return probe !== undefined && !probe.pending;
}
