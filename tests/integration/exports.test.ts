import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createTranslator } from 'use-intl';
import { db } from '@/lib/db';
import { openExport, EXPORT_BATCH_SIZE } from '@/lib/exports/open';
import { EXPORT_TABLES } from '@/lib/exports/schemas';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';
import { createResource, createUser } from '../factories';

const zhT = createTranslator({ locale: 'zh-CN', messages: zh });
const enT = createTranslator({ locale: 'en', messages: en });
const tZh = (key: string) => zhT(key as never);
const tEn = (key: string) => enT(key as never);

const ROWS = 10_000;

/** 10,000 finished bookings of one resource by a member with a Chinese name, written in one statement. */
async function seedBookings() {
  const resource = await createResource({ name: `激光切割机 ${randomUUID().slice(0, 4)}` });
  const member = await createUser({ name: '张三丰' });
  await db.$executeRaw`
    INSERT INTO "Booking" ("id", "resourceId", "userId", "startsAt", "endsAt", "blockedUntil", "status", "note", "updatedAt")
    SELECT ${resource.id} || '-' || g, ${resource.id}, ${member.id},
           TIMESTAMPTZ '2026-01-01 01:00+00' + g * INTERVAL '1 hour',
           TIMESTAMPTZ '2026-01-01 01:30+00' + g * INTERVAL '1 hour',
           TIMESTAMPTZ '2026-01-01 01:30+00' + g * INTERVAL '1 hour',
           (CASE WHEN g % 10 = 0 THEN 'NO_SHOW' ELSE 'COMPLETED' END)::"BookingStatus",
           CASE WHEN g = 1 THEN '=HYPERLINK("x"), 备注' ELSE '' END,
           now()
      FROM generate_series(1, ${ROWS}) AS g`;
  return { resource, member };
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array[]): Promise<Buffer> {
  const chunks = [...first];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

describe('table exports', () => {
  it('streams 10,000 bookings as CSV with a BOM, localized headers and values, one batch at a time', async () => {
    const { resource } = await seedBookings();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const batches: number[] = [];
    const opened = await openExport(operator, 'bookings', { resourceId: resource.id }, { format: 'csv', t: tZh, onBatch: (n) => batches.push(n) });
    if (!opened) throw new Error('operator was refused');
    expect(opened.contentType).toBe('text/csv; charset=utf-8');

    const reader = opened.body.getReader();
    const first = await reader.read();
    // The header is out before the database has been asked for more than one batch.
    expect(batches.length).toBeLessThanOrEqual(1);
    const bytes = await readAll(reader, [first.value!]);

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes.toString('utf8').slice(1), { relax_column_count: false });
    expect(records[0]).toEqual(['资源', '成员', '邮箱', '开始时间', '结束时间', '状态', '项目', '备注', '创建时间']);
    expect(records).toHaveLength(ROWS + 1);
    const newest = records[1];
    expect(newest[0]).toBe(resource.name);
    expect(newest[1]).toBe('张三丰');
    // 2026-01-01 01:00 UTC + 10,000 h is 2027-02-21 17:00 UTC = 2027-02-22 01:00 in Shanghai.
    expect(newest[3]).toBe('2027-02-22 01:00');
    expect(newest[5]).toBe('爽约');
    // A formula-looking note stays text, with its comma and quotes intact.
    expect(records[ROWS][7]).toBe(`'=HYPERLINK("x"), 备注`);
    // Never more than one batch of rows held: 20 full batches and the empty one that ends it.
    expect(Math.max(...batches)).toBeLessThanOrEqual(EXPORT_BATCH_SIZE);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(ROWS);
    expect(batches).toHaveLength(Math.ceil(ROWS / EXPORT_BATCH_SIZE) + 1);
  });

  it('streams 10,000 bookings as an XLSX workbook that exceljs reads back with English headers', async () => {
    const { resource } = await seedBookings();
    const admin = await createUser({ roles: ['ADMIN', 'OPERATOR'] });
    const batches: number[] = [];
    const opened = await openExport(admin, 'bookings', { resourceId: resource.id }, { format: 'xlsx', t: tEn, onBatch: (n) => batches.push(n) });
    if (!opened) throw new Error('admin was refused');

    const reader = opened.body.getReader();
    const first = await reader.read();
    // The first bytes of the workbook reach the client before the last batch is queried.
    expect(batches.length).toBeLessThan(Math.ceil(ROWS / EXPORT_BATCH_SIZE));
    const bytes = await readAll(reader, [first.value!]);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Bookings');
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Resource', 'Member', 'E-mail', 'Starts', 'Ends', 'Status', 'Project', 'Note', 'Created']);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('张三丰');
    expect(row.getCell(4).value).toBe('2027-02-22 01:00');
    expect(row.getCell(6).value).toBe('No-show');
    expect(Math.max(...batches)).toBeLessThanOrEqual(EXPORT_BATCH_SIZE);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(ROWS);
  });

  it('exports only the rows of the current filter and ignores a bad filter value', async () => {
    const { resource } = await seedBookings();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const read = async (params: Record<string, string>) => {
      const opened = await openExport(operator, 'bookings', { resourceId: resource.id, ...params }, { format: 'csv', t: tEn });
      return parse((await readAll(opened!.body.getReader(), [])).toString('utf8').slice(1)) as string[][];
    };
    const noShows = await read({ status: 'NO_SHOW' });
    expect(noShows).toHaveLength(ROWS / 10 + 1);
    expect(new Set(noShows.slice(1).map((r) => r[5]))).toEqual(new Set(['No-show']));
    expect(await read({ from: '2026-01-02', to: '2026-01-02' })).toHaveLength(24 + 1);
    expect(await read({ status: 'NOT_A_STATUS', from: 'yesterday' })).toHaveLength(ROWS + 1);
  });

  it('writes money as exact yuan in CSV and as numbers in XLSX', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'], name: '众筹发起人' });
    const project = await db.project.create({ data: { name: `项目 ${randomUUID().slice(0, 6)}`, pitch: '一句话', members: { create: { userId: founder.id, role: 'OWNER' } } } });
    const title = `智能花盆 ${randomUUID().slice(0, 6)}`;
    await db.campaign.create({ data: { projectId: project.id, title, goalFen: 123_456, durationDays: 30 } });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const csv = await openExport(operator, 'campaigns', { q: title }, { format: 'csv', t: tZh });
    const records = parse((await readAll(csv!.body.getReader(), [])).toString('utf8').slice(1)) as string[][];
    expect(records[0].slice(0, 5)).toEqual(['众筹', '项目', '状态', '目标金额（元）', '已筹金额（元）']);
    expect(records[1].slice(0, 5)).toEqual([title, project.name, '草稿', '1234.56', '0.00']);

    const xlsx = await openExport(operator, 'campaigns', { q: title }, { format: 'xlsx', t: tZh });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readAll(xlsx!.body.getReader(), [])) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(2).getCell(4).value).toBe(1234.56);
  });

  it('gives a member no table at all, and the audit log only to an admin', async () => {
    const member = await createUser({ roles: ['ENTREPRENEUR', 'MENTOR', 'INVESTOR'] });
    for (const table of EXPORT_TABLES) {
      expect(await openExport(member, table, {}, { format: 'csv', t: tZh })).toBeNull();
      expect(await openExport(null, table, {}, { format: 'xlsx', t: tZh })).toBeNull();
    }
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect(await openExport(operator, 'audit', {}, { format: 'csv', t: tZh })).toBeNull();
    const admin = await createUser({ roles: ['ADMIN'] });
    const opened = await openExport(admin, 'audit', {}, { format: 'csv', t: tZh });
    expect(opened).not.toBeNull();
    await opened!.body.cancel();
  });

  it('opens every table for staff with its localized headers', async () => {
    const admin = await createUser({ roles: ['ADMIN', 'OPERATOR'] });
    for (const table of EXPORT_TABLES) {
      const opened = await openExport(admin, table, {}, { format: 'csv', t: tEn });
      const reader = opened!.body.getReader();
      const first = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await reader.read()).value);
      expect(first.startsWith('\uFEFF')).toBe(true);
      expect(first).not.toMatch(/exports\.columns/);
      await reader.cancel();
    }
  });
});
