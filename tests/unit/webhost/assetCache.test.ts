import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAssets } from '../../../webhost/assetCache.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'wtp-assets-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the host keeps the renderer code in memory', () => {
  it('holds the hashed scripts and styles by their full path, not the page or the source maps', () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
    writeFileSync(path.join(root, 'assets', 'index-abc.js.map'), '{}');
    const assets = readAssets(root);
    expect([...assets.keys()].sort()).toEqual([
      path.join(root, 'assets', 'index-abc.css'),
      path.join(root, 'assets', 'index-abc.js'),
    ]);
    expect(assets.get(path.join(root, 'assets', 'index-abc.js'))?.toString()).toBe('console.log(1)');
  });

  it('is empty for a renderer that was not built', () => {
    expect(readAssets(path.join(root, 'missing')).size).toBe(0);
  });
});
