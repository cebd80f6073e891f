import 'server-only';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { fenToYuanDecimal } from '@/lib/money';

/** One value of an exported row: text, a plain number, an amount in fen, or empty. */
export type Cell = string | number | { fen: number | bigint } | null;
export type Header = { label: string; money?: boolean; width?: number };

const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR) as a formula: a member's name
 * like "=HYPERLINK(...)" must stay text when an operator opens the file (OWASP "CSV injection").
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = typeof cell === 'string' ? neutralise(cell) : fenToYuanDecimal(cell.fen);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: Cell[]) => `${cells.map(csvField).join(',')}\r\n`;

/**
 * CSV as UTF-8 with a byte-order mark (Excel then reads Chinese correctly), CRLF line ends.
 * Pull-based: the next batch is read from the database only when the client has taken the last.
 */
export function csvStream(headers: Header[], batches: AsyncGenerator<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(headers.map((h) => h.label))));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(csvLine).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

function xlsxCell(cell: Cell): string | number | null {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'string') return cell;
  // The exact decimal, then a number for the spreadsheet's sums (formatted as 0.00 yuan).
  return Number(fenToYuanDecimal(cell.fen));
}

/**
 * XLSX through exceljs' streaming WorkbookWriter: each row is committed (serialised and
 * released) as it is added, and the producer waits whenever the client has not taken what was
 * written, so at most about one batch is held however long the table.
 */
export function xlsxStream(sheetName: string, headers: Header[], batches: AsyncGenerator<Cell[][]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h, i) => ({
    header: h.label,
    key: String(i),
    width: h.width ?? 18,
    ...(h.money ? { style: { numFmt: '#,##0.00' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };

  const drainedOrClosed = () => Promise.race([once(out, 'drain'), once(out, 'close')]);
  (async () => {
    for (;;) {
      if (out.destroyed) return void (await batches.return(undefined));
      const next = await batches.next();
      if (next.done) break;
      for (const row of next.value) sheet.addRow(row.map(xlsxCell)).commit();
      if (out.writableNeedDrain) await drainedOrClosed();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));

  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
