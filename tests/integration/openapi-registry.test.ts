import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessTableMarkdown } from '@/lib/api/openapi';
import { API_OPERATIONS, HTTP_METHODS } from '@/lib/api/registry';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

const API_DIR = path.resolve('app/api/v1');

/** route.ts files under app/api/v1, as OpenAPI paths. The catch-all only answers 404 for unknown paths. */
function routeFiles(dir = API_DIR): { file: string; path: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('[...') ? [] : routeFiles(full);
    if (entry.name !== 'route.ts') return [];
    const segments = path.relative(API_DIR, dir).split(path.sep).filter(Boolean);
    return [{ file: full, path: ['/api/v1', ...segments.map((s) => s.replace(/^\[(\w+)\]$/, '{$1}'))].join('/') }];
  });
}

describe('the API route registry', () => {
  it('has exactly one entry for every HTTP method a route file under app/api/v1 exports', async () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(15);
    const inFiles: string[] = [];
    for (const { file, path: p } of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) if (typeof mod[method] === 'function') inFiles.push(`${method} ${p}`);
    }
    const inRegistry = API_OPERATIONS.map((op) => `${op.method} ${op.path}`);
    expect(new Set(inRegistry).size, 'an operation is registered twice').toBe(inRegistry.length);
    // Both directions: a route without an entry, and an entry without a route.
    expect(inRegistry.filter((o) => !inFiles.includes(o)), 'registered but no route file exports it').toEqual([]);
    expect(inFiles.filter((o) => !inRegistry.includes(o)), 'route file exports it but the registry lacks it').toEqual([]);
  });

  it('names each path parameter of a route in its entry', () => {
    for (const op of API_OPERATIONS) {
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(op.params?.shape ?? {}).sort(), `${op.method} ${op.path}`).toEqual(inPath);
    }
  });

  it('has a summary for every operation in both message catalogs', () => {
    for (const op of API_OPERATIONS) {
      expect((en.apiReference.operations as Record<string, string>)[op.id], `en: apiReference.operations.${op.id}`).toBeTruthy();
      expect((zh.apiReference.operations as Record<string, string>)[op.id], `zh-CN: apiReference.operations.${op.id}`).toBeTruthy();
    }
    expect(Object.keys(en.apiReference.operations).sort()).toEqual(API_OPERATIONS.map((op) => op.id).sort());
  });

  it("keeps the README's table of routes and their access equal to the registry", () => {
    const readme = fs.readFileSync(path.resolve('README.md'), 'utf8');
    const match = /<!-- api-routes:start -->\n([\s\S]*?)\n<!-- api-routes:end -->/.exec(readme);
    expect(match, 'README.md needs the api-routes markers in its API section').not.toBeNull();
    expect(match![1]).toBe(accessTableMarkdown());
  });
});
