/**
 * /api/docs: the OpenAPI document rendered as one plain HTML page on the server, so reading
 * the API needs no script and nothing from another site. Every value is HTML-escaped.
 */
type Json = Record<string, unknown>;

/** The page's only style sheet; the Content-Security-Policy allows exactly this text by its hash. */
export const DOCS_PAGE_STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1b1b1b}
section{border-top:1px solid #ddd;padding:.5rem 0}.m{background:#7a3e00;color:#fff;padding:0 .4rem;border-radius:4px}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}`;

const escapeHtml = (text: unknown): string =>
  String(text ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function schemaText(schema: unknown): string {
  return escapeHtml(JSON.stringify(schema, null, 2));
}

function renderOperation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const responses = (op.responses as Json | undefined) ?? {};
  const paramRows = params
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`)
    .join('');
  const responseItems = Object.entries(responses)
    .map(([status, r]) => `<li><b>${escapeHtml(status)}</b> ${escapeHtml((r as Json).description)}</li>`)
    .join('');
  const bodySchema = body ? (Object.values(body)[0] as Json | undefined)?.schema : undefined;
  return `<section id="${escapeHtml(method + path)}">
<h3><span class="m">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary)}</p>
${paramRows ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>${paramRows}</table>` : ''}
${bodySchema ? `<details><summary>Request body</summary><pre>${schemaText(bodySchema)}</pre></details>` : ''}
<ul>${responseItems}</ul>
</section>`;
}

export function renderDocsPage(document: Json): string {
  const info = (document.info as Json | undefined) ?? {};
  const paths = (document.paths as Record<string, Json> | undefined) ?? {};
  const sections = Object.entries(paths)
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => renderOperation(path, method, op as Json)))
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(info.title)} API</title>
<style>${DOCS_PAGE_STYLE}</style>
</head><body><h1>${escapeHtml(info.title)} API <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).
Errors are <code>application/problem+json</code> with <code>code</code>, <code>message</code> and <code>details</code>.
Partners authenticate with <code>Authorization: Bearer pallay_…</code>.</p>
${sections}
</body></html>`;
}
