/**
 * The site's shared `assets/`: the runtime's hash-named files, copied in unless there already (a
 * file's name is its content), and — after a whole site's build, not a shard's — nothing else but
 * the index page's own files: what an older runtime left is removed.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

export const ASSETS = 'assets';

export { TOOL_VERSION } from '../build/runtime-inputs.ts';

export async function copyRuntimeAssets(site: string, runtimeDir: string, names: string[]): Promise<void> {
  const target = path.join(site, ASSETS);
  await mkdir(target, { recursive: true });
  for (const name of names) {
    if (!existsSync(path.join(target, name))) await copyFile(path.join(runtimeDir, ASSETS, name), path.join(target, name));
  }
}

/** Removes every file under `<site>/assets/` that is neither in `runtime` nor in `index`. */
export async function pruneAssets(site: string, keep: string[]): Promise<string[]> {
  const dir = path.join(site, ASSETS);
  const kept = new Set(keep);
  const stale = (await readdir(dir).catch(() => [] as string[])).filter((name) => !kept.has(name));
  for (const name of stale) await rm(path.join(dir, name), { recursive: true, force: true });
  return stale;
}
