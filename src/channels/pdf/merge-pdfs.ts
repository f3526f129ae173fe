// One print-batch PDF from many letters (issue #4: "letters for post gathered into one print-batch PDF a day").
// Each letter starts on a new sheet: a letter with an odd page count gets a blank back page for duplex printing.
import { PDFDocument } from 'pdf-lib';

export async function mergePdfs(documents: readonly Uint8Array[], options: { duplex?: boolean } = {}): Promise<Uint8Array> {
  const batch = await PDFDocument.create();
  for (const bytes of documents) {
    const letter = await PDFDocument.load(bytes);
    const pages = await batch.copyPages(letter, letter.getPageIndices());
    for (const page of pages) batch.addPage(page);
    const last = pages[pages.length - 1];
    if (options.duplex && pages.length % 2 === 1 && last) batch.addPage([last.getWidth(), last.getHeight()]);
  }
  return batch.save();
}
