/**
 * Slide points from an article's sentences: chosen by content, shortened by compression, never
 * cut inside a clause. The parts live in src/plan/points/.
 */
export { clipPhrase } from './points/clip.ts';
export { distillPoints, toPhrase } from './points/distill.ts';
