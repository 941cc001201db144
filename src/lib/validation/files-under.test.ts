import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../../tests/helpers/folder-with.ts';
import { filesUnder } from './files-under.ts';

describe('the files under a folder', () => {
  it('are every file at any depth, sorted, relative to the folder', async () => {
    const root = await folderWith({ 'b.yaml': '', 'a/z.yaml': '', 'a/deeper/y.md': '' });
    expect(filesUnder(root)).toEqual(['a/deeper/y.md', 'a/z.yaml', 'b.yaml']);
  });

  it('count a link to a file, as the build reads entries through links, but not a link that leads nowhere', async () => {
    const elsewhere = await folderWith({ 'kept.yaml': 'text: "x"' });
    const root = await folderWith({ 'plain.yaml': '' });
    await symlink(path.join(elsewhere, 'kept.yaml'), path.join(root, 'linked.yaml'));
    await symlink(path.join(elsewhere, 'gone.yaml'), path.join(root, 'broken.yaml'));
    expect(filesUnder(root)).toEqual(['linked.yaml', 'plain.yaml']);
  });

  it('are none for a folder that does not exist, and the file itself for a file', async () => {
    const root = await folderWith({ 'one.txt': 'words' });
    expect(filesUnder(path.join(root, 'missing'))).toEqual([]);
    expect(filesUnder(path.join(root, 'one.txt'))).toEqual(['']);
  });
});
