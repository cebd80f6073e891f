import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('message catalogs', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('contain every validation message the shared schemas can produce', () => {
    const validation = new Set(Object.keys(zh.validation));
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve('lib')).filter((f) => f.endsWith('schemas.ts'))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:message: |error: |\.(?:min|max|email|refine)\([^,)]*,\s*)'([a-zA-Z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(validation.has(key), `validation.${key}`).toBe(true);
  });

  it('contain every error message key the services return', () => {
    const errors = new Set(Object.keys(zh.errors));
    for (const file of sourceFiles(path.resolve('lib'))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/fail\('[A-Z_]+',\s*'([a-zA-Z]+)'/g)) expect(errors.has(m[1]), `${file}: errors.${m[1]}`).toBe(true);
    }
  });
});
