import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';
import { PROJECT_SECTORS, PROJECT_STAGES } from '@/lib/projects/policy';

type Tree = { [k: string]: string | Tree };

/** Every object in a catalog, with its dotted path. */
function objects(tree: Tree, prefix = ''): [string, Tree][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' ? [[prefix + k, v] as [string, Tree], ...objects(v, `${prefix}${k}.`)] : []));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const catalogs = { 'zh-CN': zh as unknown as Tree, en: en as unknown as Tree };
const lists = [
  { name: 'sector', home: 'projects.sector', values: PROJECT_SECTORS as readonly string[] },
  { name: 'stage', home: 'projects.stage', values: PROJECT_STAGES as readonly string[] },
];

describe('sector and stage labels', () => {
  for (const [lang, catalog] of Object.entries(catalogs)) {
    for (const { name, home, values } of lists) {
      it(`give each ${name} exactly one label in ${lang}, from ${home}`, () => {
        const ns = objects(catalog).find(([p]) => p === home)?.[1];
        expect(ns).toBeDefined();
        expect(Object.keys(ns!).sort()).toEqual([...values].sort());
        const labels = values.map((v) => ns![v]);
        for (const l of labels) expect(typeof l === 'string' && l.trim().length > 0).toBe(true);
        // Two values never share a label either: a label names one value.
        expect(new Set(labels).size).toBe(labels.length);
      });

      it(`are not redefined for ${name}s by any other namespace in ${lang}`, () => {
        // Another object keyed by most of the same codes would be a second label set.
        const others = objects(catalog).filter(([p, o]) => p !== home && Object.keys(o).filter((k) => values.includes(k)).length >= Math.min(3, values.length));
        expect(others.map(([p]) => p)).toEqual([]);
      });
    }
  }

  it('are read from their one namespace by every page and component', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(path.resolve('app')), ...sourceFiles(path.resolve('components')), ...sourceFiles(path.resolve('lib'))]) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:getTranslations|useTranslations|label)\(\s*'([\w.]*(?:sector|stage)s?)'/gi)) {
        if (m[1] !== 'projects.sector' && m[1] !== 'projects.stage') offenders.push(`${path.relative(process.cwd(), file)}: ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('Chinese copy around interpolated names', () => {
  it('sets no Western space between Chinese text and a name, title, resource or project', () => {
    const cjk = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef\\u201c\\u201d]';
    const name = '\\{(?:name|member|inviter|reporter|resource|project|assignee|title|mentor)\\}';
    const spaced = new RegExp(`${cjk} ${name}|${name} ${cjk}`);
    const leaves = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[prefix + k, v] as [string, string]]));
    expect(leaves(zh as unknown as Tree).filter(([, v]) => spaced.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });
});

/** A button's aria-label must contain its visible text (WCAG 2.5.3, axe's label-content-name-mismatch). */
const labelledButtons = [
  ['moderation.hide', 'moderation.hideLabel'],
  ['moderation.restore', 'moderation.restoreLabel'],
  ['tasks.acceptWork', 'tasks.acceptWorkLabel'],
  ['tasks.markPaid', 'tasks.markPaidLabel'],
] as const;

function lookup(tree: Tree, dotted: string): string | undefined {
  const v = dotted.split('.').reduce<string | Tree | undefined>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), tree);
  return typeof v === 'string' ? v : undefined;
}

describe('buttons with an aria-label', () => {
  for (const [lang, catalog] of Object.entries(catalogs)) {
    it(`keep their visible text inside the accessible name in ${lang}`, () => {
      const mismatched = labelledButtons.filter(([text, name]) => {
        const visible = lookup(catalog, text);
        const accessible = lookup(catalog, name);
        expect(visible, text).toBeDefined();
        expect(accessible, name).toBeDefined();
        return !accessible!.toLowerCase().includes(visible!.toLowerCase());
      });
      expect(mismatched).toEqual([]);
    });
  }
});
