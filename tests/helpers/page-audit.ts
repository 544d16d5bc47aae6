/** A built page parsed as a browser would, then audited like the slides are (src/render/audit.ts). */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { auditTree } from '../../src/render/audit.ts';

export function auditPage(html: string): string[] {
  return auditTree(unified().use(rehypeParse).parse(html));
}
