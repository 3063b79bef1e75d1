import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticFile } from '../../../node/static/staticFiles.js';

const root = path.resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it('maps the root to index.html and assets inside the root', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticFile(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });
  it('refuses every way out of the root', () => {
    for (const p of [
      '/../etc/passwd',
      '/assets/../../etc/passwd',
      '/%2e%2e/secret',
      '/..%2fsecret',
      '/a%5c..%5csecret',
      '/a\\b',
      '/x%00.js',
      '/./index.html',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticFile(root, p), p).toBeNull();
    }
  });
  it('names content types for what vite emits', () => {
    expect(contentTypeFor('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
