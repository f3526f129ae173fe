import { it } from 'vitest';
import { renderDunningLetterPdf } from '../src/channels/letters/letter-pdf.js';
import { renderDunningMessage } from '../src/channels/letters/render-message.js';
import { sampleDunningInput } from '../src/channels/letters/sample-input.js';
it('perf', async () => {
  for (const lang of ['nb', 'te']) {
    const input = sampleDunningInput(lang, 3, 3);
    await renderDunningLetterPdf(input);
    let t = performance.now();
    for (let i = 0; i < 100; i++) await renderDunningLetterPdf({ ...input, invoices: input.invoices.map((x) => ({ ...x, number: x.number + i })) });
    console.log(lang, 'pdf/s', (100 / ((performance.now() - t) / 1000)).toFixed(0));
    t = performance.now();
    for (let i = 0; i < 1000; i++) renderDunningMessage(input);
    console.log(lang, 'msg/s', (1000 / ((performance.now() - t) / 1000)).toFixed(0));
  }
});
