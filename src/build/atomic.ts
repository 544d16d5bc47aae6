/** Writes output all at once: a folder built in a sibling temporary folder and swapped in, or a file renamed over its target. */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { removeOnInterrupt, undoOnInterrupt } from './interrupt.ts';

export async function writeDirAtomically(outDir: string, write: (tmpDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.deck-tmp-${path.basename(outDir)}-${stamp}`);
  const old = path.join(parent, `.deck-old-${path.basename(outDir)}-${stamp}`);
  // Interrupted between the two renames of the swap, the previous folder goes back in place.
  const forget = undoOnInterrupt(() => {
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  });
  try {
    await write(tmp);
    const hadOld = existsSync(outDir);
    if (hadOld) await rename(outDir, old);
    try {
      await rename(tmp, outDir);
    } catch (error) {
      if (hadOld) await rename(old, outDir);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    forget();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Writes a file whole or not at all: a sibling temporary file, renamed over the target. */
export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.deck-tmp-${path.basename(file)}-${process.pid}-${Date.now()}`);
  const forget = removeOnInterrupt(() => [tmp]);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } finally {
    forget();
    await rm(tmp, { force: true });
  }
}
