import 'server-only';
import { can, type Actor } from '@/lib/auth/permissions';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { localDateTimeText } from '@/lib/time';
import { EXPORT_DEFINITIONS, type ExportContext, type ExportDefinition, type Translate } from './definitions';
import { EXPORT_FILTERS, type ExportFormat, type ExportTable } from './schemas';
import { csvStream, xlsxStream, type Cell } from './writers';

/** Rows read per database round trip; the most an export holds at once. */
export const EXPORT_BATCH_SIZE = 500;

export type OpenedExport = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

export type ExportOptions = {
  format: ExportFormat;
  t: Translate;
  /** Called after each batch is read, with its row count (tests count batches and rows held). */
  onBatch?: (rows: number) => void;
  batchSize?: number;
  now?: Date;
};

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const satisfies Record<ExportFormat, string>;

/**
 * Opens the export of one table for the current filter, or null when the actor may not see the
 * table ("not yours = not found": the route answers 404). Nothing is read until the stream is.
 */
export async function openExport(
  actor: Actor | null,
  table: ExportTable,
  params: Record<string, string | string[]>,
  options: ExportOptions,
): Promise<OpenedExport | null> {
  const definition: ExportDefinition<ExportTable, { id: string }> = EXPORT_DEFINITIONS[table];
  if (!actor || !can(actor, definition.permission)) return null;
  const filter = EXPORT_FILTERS[table].parse(params);
  const tz = await findDefaultTimeZone();
  const ctx: ExportContext = { t: options.t, tz };
  // Each table's filter schema is the one its definition reads: both registries are keyed by table.
  const fetch = await definition.batches(filter);
  const size = options.batchSize ?? EXPORT_BATCH_SIZE;
  const columns = definition.columns;

  async function* batches(): AsyncGenerator<Cell[][]> {
    let afterId: string | null = null;
    for (;;) {
      const rows = await fetch(afterId, size);
      options.onBatch?.(rows.length);
      if (rows.length) yield rows.map((row) => columns.map((c) => c.value(row, ctx)));
      if (rows.length < size) return;
      afterId = rows[rows.length - 1].id;
    }
  }

  const headers = columns.map((c) => ({ label: options.t(`exports.columns.${c.key}`), money: c.money, width: c.width }));
  const title = options.t(`exports.tables.${table}`);
  const stamp = localStamp(options.now ?? new Date(), tz);
  return {
    filename: `${title}-${stamp}.${options.format}`,
    contentType: CONTENT_TYPES[options.format],
    body: options.format === 'csv' ? csvStream(headers, batches()) : xlsxStream(title, headers, batches()),
  };
}

function localStamp(now: Date, tz: string): string {
  return localDateTimeText(now, tz).replace(/[-: ]/g, '').slice(0, 12);
}
