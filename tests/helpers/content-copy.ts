import { cp, mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './build-site';

/** A scratch copy of the real content folder that a test may break on purpose. */
export async function copyContent(): Promise<{
  dir: string;
  write: (file: string, text: string) => Promise<void>;
  remove: (file: string) => Promise<void>;
}> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'otr-content-')), 'content');
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true });
  return {
    dir,
    write: (file, text) => writeFile(path.join(dir, file), text),
    remove: (file) => rm(path.join(dir, file)),
  };
}
