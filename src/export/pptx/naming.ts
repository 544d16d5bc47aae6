/** Where `deck pptx` writes by default: dist/<article file name>.pptx, or dist/<slug of a built deck's title>.pptx. */
import { defaultPdfPath } from '../naming.ts';

export async function defaultPptxPath(input: string, isDir: boolean, cwd: string = process.cwd()): Promise<string> {
  return (await defaultPdfPath(input, isDir, cwd)).replace(/\.pdf$/, '.pptx');
}
