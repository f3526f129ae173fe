// Streams a UTF-8 CSV file with a header row (RFC 4180 quoting) as records with their line numbers, so
// million-row imports never hold the whole file (DESIGN.md: csv-parse, streaming).
import fs from 'node:fs';
import { parse } from 'csv-parse';

export type CsvRecord = { line: number; values: Record<string, string> };

export class CsvFormatError extends Error {
  constructor(readonly file: string, readonly line: number, readonly reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

export type CsvHeader = string[];

/**
 * Yields batches of records. The header is checked by the caller through `onHeader` before any row is read.
 * Structural faults (unclosed quote, wrong number of fields) stop the read with the line they occur on.
 */
export async function* readCsvBatches(
  file: string, batchSize: number, onHeader: (header: CsvHeader) => void,
): AsyncGenerator<CsvRecord[]> {
  const source = fs.createReadStream(file);
  const parser = source.pipe(parse({
    bom: true, columns: (header: string[]) => { const names = header.map((h) => h.trim()); onHeader(names); return names; },
    info: true, skip_empty_lines: true, relax_column_count: false, trim: false,
  }));
  let batch: CsvRecord[] = [];
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      batch.push({ line: item.info.lines, values: item.record });
      if (batch.length >= batchSize) { yield batch; batch = []; }
    }
  } catch (error) {
    source.destroy();
    if (error instanceof CsvFormatError) throw error;
    const csvError = error as { code?: string; lines?: number; message: string };
    if (csvError.code === 'ENOENT') throw new CsvFormatError(file, 0, 'file not found');
    throw new CsvFormatError(file, csvError.lines ?? 0, describeCsvError(csvError));
  }
  if (batch.length > 0) yield batch;
}

function describeCsvError(error: { code?: string; message: string }): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const counts = /columns length is (\d+), got (\d+)/.exec(error.message);
      return counts ? `wrong number of fields for the header: ${counts[2]} instead of ${counts[1]}` : 'wrong number of fields for the header';
    }
    case 'CSV_QUOTE_NOT_CLOSED': return 'a quoted field is not closed';
    case 'CSV_INVALID_CLOSING_QUOTE': return 'a quote inside a field is not escaped ("")';
    default: return error.message.replace(/^Invalid Record Length: /, '');
  }
}
