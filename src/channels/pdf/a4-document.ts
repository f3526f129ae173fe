// The A4 document every PDF of ours starts from (statements, dunning letters): buffered pages for "page N/M",
// the registered Noto faces, and the bytes collected as the document is written.
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts.js';
import { startDocument } from './shared-layout-cache.js';

export type A4Options = { margin: number; compress: boolean; lang: string; info: { Title: string; Author: string; Subject: string } };

export function openA4Document(options: A4Options): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: options.margin,
    // Page numbers need the page count, known only at the end: keep pages open until then.
    bufferPages: true,
    compress: options.compress,
    // No initial font: pdfkit would parse Helvetica's metrics for every document, and every text drawn here
    // selects one of the registered faces first. (pdfkit skips the default when it is null; its types say string.)
    font: null as unknown as string,
    lang: options.lang,
    info: options.info,
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  startDocument();
  registerFonts(doc);
  return { doc, done };
}
