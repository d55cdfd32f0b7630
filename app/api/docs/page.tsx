import { openApiDocument } from '@/lib/api/openapi/document';

export const metadata = { title: 'API reference' };

type TOperation = {
  summary: string;
  'x-scope': string;
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { description: string; content: Record<string, { schema: object }> }>;
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The API reference, rendered on the server from the same OpenAPI document the API serves. */
export default function ApiDocsPage() {
  const doc = openApiDocument();
  return (
    <>
      <h1 className="page-title">API reference</h1>
      <p className="lede">
        {doc.info.description} The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
        Errors are <code>application/problem+json</code> (RFC 9457).
      </p>
      {Object.entries(doc.paths).map(([path, ops]) =>
        Object.entries(ops as Record<string, TOperation>).map(([method, op]) => (
          <section key={`${method} ${path}`} className="card" style={{ marginBottom: 16 }} data-testid="api-operation">
            <h2 style={{ fontFamily: 'var(--mono)', fontSize: '1rem' }}>
              <span className="badge">{method.toUpperCase()}</span> {path}
            </h2>
            <p>
              {op.summary} <span className="meta">· scope {op['x-scope']}</span>
            </p>
            {op.parameters && (
              <table className="history">
                <thead>
                  <tr>
                    <th>Parameter</th>
                    <th>In</th>
                    <th>Required</th>
                    <th>Schema</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={`${p.in} ${p.name}`}>
                      <td>
                        <code>{p.name}</code>
                        {p.description && <div className="meta">{p.description}</div>}
                      </td>
                      <td>{p.in}</td>
                      <td>{p.required ? 'yes' : 'no'}</td>
                      <td>
                        <code>{json(p.schema)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {op.requestBody && (
              <details>
                <summary>Request body</summary>
                <pre>{json(Object.values(op.requestBody.content)[0]?.schema)}</pre>
              </details>
            )}
            {Object.entries(op.responses).map(([status, r]) => (
              <details key={status}>
                <summary>
                  {status} — {r.description}
                </summary>
                <pre>{json(Object.values(r.content)[0]?.schema)}</pre>
              </details>
            ))}
          </section>
        )),
      )}
      <h2 className="section-title" id="webhooks">
        Webhooks
      </h2>
      <p className="lede">
        What Hindsight POSTs to a registered webhook (Admin → Webhooks, or a project’s Webhooks page), signed per Standard Webhooks: verify{' '}
        <code>webhook-signature</code> with the webhook’s secret and drop a <code>webhook-id</code> already handled, as a delivery may come
        more than once.
      </p>
      {Object.entries(doc.webhooks).map(([type, hook]) => (
        <section key={type} className="card" style={{ marginBottom: 16 }} data-testid="api-webhook">
          <h3 style={{ fontFamily: 'var(--mono)', fontSize: '1rem' }}>{type}</h3>
          <p>{hook.post.summary}</p>
          <details>
            <summary>Body</summary>
            <pre>{json(hook.post.requestBody.content['application/json'].schema)}</pre>
          </details>
        </section>
      ))}
    </>
  );
}
