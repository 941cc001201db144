import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../../tests/helpers/folder-with.ts';
import { inputsDigest } from './inputs-digest.ts';

const SETTINGS = { siteUrl: 'https://example.org', basePath: '/', accessDate: '2026-11-29' };

describe('the digest of a build’s inputs', () => {
  it('is the same for the same files and settings, read twice', async () => {
    const root = await folderWith({ 'quotes/a.yaml': 'text: "a"', 'claims/b.yaml': 'statement: b' });
    expect(inputsDigest([root], SETTINGS)).toBe(inputsDigest([root], { ...SETTINGS }));
  });

  it('changes when one byte of one file changes', async () => {
    const root = await folderWith({ 'quotes/a.yaml': 'text: "a"', 'claims/b.yaml': 'statement: b' });
    const before = inputsDigest([root], SETTINGS);
    await writeFile(path.join(root, 'quotes/a.yaml'), 'text: "A"');
    expect(inputsDigest([root], SETTINGS)).not.toBe(before);
  });

  it('changes when a file is renamed, added or removed, or a settings value changes', async () => {
    const root = await folderWith({ 'quotes/a.yaml': 'text: "a"' });
    const before = inputsDigest([root], SETTINGS);
    await rename(path.join(root, 'quotes/a.yaml'), path.join(root, 'quotes/b.yaml'));
    const renamed = inputsDigest([root], SETTINGS);
    await writeFile(path.join(root, 'quotes/c.yaml'), '');
    const added = inputsDigest([root], SETTINGS);
    const nextDay = inputsDigest([root], { ...SETTINGS, accessDate: '2026-11-30' });
    expect(new Set([before, renamed, added, nextDay]).size).toBe(4);
  });

  it('reads a file through a link to it', async () => {
    const target = await folderWith({ 'snapshot.txt': 'the words' });
    const root = await folderWith({});
    await symlink(path.join(target, 'snapshot.txt'), path.join(root, 'snapshot.txt'));
    const linked = inputsDigest([root], SETTINGS);
    await writeFile(path.join(target, 'snapshot.txt'), 'other words');
    expect(inputsDigest([root], SETTINGS)).not.toBe(linked);
  });

  it('takes a folder that does not exist yet as empty, and sees the files it later holds', async () => {
    const root = await folderWith({ 'quotes/a.yaml': 'text: "a"' });
    const snapshots = path.join(await folderWith({}), 'snapshots');
    const without = inputsDigest([root, snapshots], SETTINGS);
    await mkdir(snapshots);
    await writeFile(path.join(snapshots, 's.txt'), 'words');
    expect(inputsDigest([root, snapshots], SETTINGS)).not.toBe(without);
  });

  it('reads a folder inside another listed folder once, so listing it changes nothing', async () => {
    const root = await folderWith({ 'snapshots/s.txt': 'words', 'quotes/a.yaml': 'text: "a"' });
    expect(inputsDigest([root, path.join(root, 'snapshots')], SETTINGS)).toBe(inputsDigest([root], SETTINGS));
  });
});
