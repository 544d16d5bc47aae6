/**
 * Glob patterns for `deck build 'posts/**\/*.md'` (quoted, so the shell leaves them to us; Node 20
 * has no fs.glob): `*` and `?` within a name, `**` across folders, `[abc]` and `{md,txt}`.
 */
const GLOB_CHARS = /[*?[{]/;

export function isGlob(input: string): boolean {
  return GLOB_CHARS.test(input);
}

/** The folder a pattern's matches are under (its segments before the first with a glob character), and the rest. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split(/[\\/]/);
  const first = segments.findIndex((s) => GLOB_CHARS.test(s));
  if (first < 0) return { base: pattern, rest: '' };
  const base = segments.slice(0, first).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base || '.', rest: segments.slice(first).join('/') };
}

/** A pattern (relative, `/`-separated) as a regular expression over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = pattern.indexOf('}', i + 1);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${pattern.slice(i + 1, end).split(',').map(escape).join('|')})`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

const escape = (text: string) => text.replace(/[.+^$()|\\/\]]/g, '\\$&').replace(/[*?[{}]/g, '\\$&');
