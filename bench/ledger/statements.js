// N open-item statements as PDFs: the data (buildStatement) and the document (renderStatementPdf), one after another.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { buildStatement } from '../../dist/app/build-statement.js';
import { renderStatementPdf } from '../../dist/channels/pdf/statement-pdf.js';
import { findTenantById } from '../../dist/store/tenants.js';
import { log, round, timed } from '../lib/util.js';

export async function benchStatements(db, tenantId, { count, asOf, outDir }) {
  const tenant = await findTenantById(db, tenantId);
  const refs = (await sql`select customer_ref from customers where tenant_id = ${tenantId} order by customer_ref`.execute(db)).rows
    .map((r) => r.customer_ref);
  // Evenly spread over the customers, shifted by i % 8 so every profile (language, currency) of generate.js appears.
  const n = Math.min(count, refs.length);
  const chosen = Array.from({ length: n }, (_, i) => refs[Math.min(refs.length - 1, Math.floor((i * refs.length) / n) + (i % 8))]);
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  let buildMs = 0;
  let renderMs = 0;
  let bytes = 0;
  let items = 0;
  const byLanguage = {};
  const total = await timed(async () => {
    for (const [i, customerRef] of chosen.entries()) {
      const built = await timed(() => buildStatement(db, tenant, { customerRef, from: '2025-11-24', to: asOf, type: 'open-item' }));
      const data = built.value;
      const pdf = await timed(() => renderStatementPdf({
        tenant: data.tenant, customer: data.customer, currency: data.customer.currency, generatedOn: asOf, statement: data.statement,
      }));
      buildMs += built.ms;
      renderMs += pdf.ms;
      bytes += pdf.value.length;
      items += data.statement.items.length;
      const lang = (byLanguage[data.customer.language] ??= { statements: 0, renderPdfMs: 0 });
      lang.statements += 1;
      lang.renderPdfMs += pdf.ms;
      if (outDir) fs.writeFileSync(path.join(outDir, `${customerRef}.pdf`), pdf.value);
      if ((i + 1) % 250 === 0) log(`statements: ${i + 1}/${chosen.length}`);
    }
  });
  return {
    statements: chosen.length, type: 'open-item', totalMs: total.ms, buildStatementMs: round(buildMs), renderPdfMs: round(renderMs),
    perStatementMs: round(total.ms / chosen.length, 2), openItems: items, pdfBytes: bytes,
    renderPdfMsByLanguage: Object.fromEntries(Object.entries(byLanguage).sort().map(([k, v]) => [k, { ...v, renderPdfMs: round(v.renderPdfMs), perStatementMs: round(v.renderPdfMs / v.statements, 2) }])),
  };
}
