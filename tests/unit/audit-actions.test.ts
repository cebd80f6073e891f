import fs from 'node:fs';
import path from 'node:path';
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import { auditActionLabel, auditTypeLabel } from '@/components/audit/labels';

function leaves(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const catalogs = { 'zh-CN': zh, en } as const;

/** The audit namespace's translator, keyed by plain strings as the page's is. */
function auditTranslator(locale: string, messages: object) {
  return createTranslator({ locale, messages: messages as AbstractIntlMessages, namespace: 'audit' });
}

describe('audit action labels', () => {
  it('label every action code the application writes, in both catalogs, and nothing else', () => {
    for (const [locale, messages] of Object.entries(catalogs)) {
      const labelled = leaves(messages.audit.actionLabels).sort();
      expect(labelled, locale).toEqual([...AUDIT_ACTIONS].sort());
      const t = auditTranslator(locale, messages);
      for (const code of AUDIT_ACTIONS) expect(auditActionLabel(t, code), `${locale}: ${code}`).not.toBe(code);
    }
  });

  it('list every code written literally by a recordAudit call in the registry', () => {
    const registry = new Set<string>(AUDIT_ACTIONS);
    const written: string[] = [];
    for (const file of sourceFiles(path.resolve('lib'))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const call of src.matchAll(/recordAudit\(tx,\s*\{([\s\S]*?)\}\);/g)) {
        const action = /action:\s*([^\n]*?)(?:,\s*entityType|,\n)/.exec(call[1])?.[1] ?? '';
        for (const m of action.matchAll(/'([a-zA-Z_-]+(?:\.[a-zA-Z_-]+)+)'/g)) written.push(m[1]);
      }
    }
    // The scan must find the bulk of them, or it tests nothing.
    expect(written.length).toBeGreaterThan(40);
    for (const code of written) expect(registry.has(code), code).toBe(true);
  });

  it('shows the code itself for an action or object type without a label', () => {
    const t = auditTranslator('zh-CN', zh);
    expect(auditActionLabel(t, 'booking.approve')).toBe('批准预约');
    expect(auditActionLabel(t, 'space.closure.create')).toBe('添加闭馆日');
    expect(auditActionLabel(t, 'legacy.removedAction')).toBe('legacy.removedAction');
    // A code that names a group of labels is not itself labelled.
    expect(auditActionLabel(t, 'booking')).toBe('booking');
    expect(auditTypeLabel(t, 'Booking')).toBe('预约');
    expect(auditTypeLabel(t, 'SomethingNew')).toBe('SomethingNew');
  });
});
