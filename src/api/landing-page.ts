// What a browser sees at / until the collectors' web app (issue #7) replaces it.
export function landingPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Arrears</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}code{background:#f3f4f6;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><h1>Arrears</h1><p>Accounts-receivable collections: ledger, aging, statements and KPIs.</p>
<ul><li>API: <code>/api</code>, authenticated with <code>Authorization: Bearer &lt;API key&gt;</code></li>
<li>OpenAPI document: <a href="/api/openapi.json">/api/openapi.json</a></li>
<li>Aging: <code>GET /api/aging?asOf=YYYY-MM-DD</code>; KPIs: <code>GET /api/kpi?asOf=YYYY-MM-DD&amp;months=3</code></li>
<li>Statements: <code>GET /api/customers/{ref}/statement?from=…&amp;to=…&amp;type=open-item&amp;format=pdf</code></li></ul>
<p>The demo tenant's API key is in <code>data/demo-api-key.txt</code> after the first start.</p></body></html>`;
}
