/** Writes a folder all at once: build into a sibling temporary folder, then swap it in. */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeDirAtomically(outDir: string, write: (tmpDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.deck-tmp-${path.basename(outDir)}-${stamp}`);
  const cleanup = () => rm(tmp, { recursive: true, force: true });
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await write(tmp);
    const old = path.join(parent, `.deck-old-${path.basename(outDir)}-${stamp}`);
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
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
