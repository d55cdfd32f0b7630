import { openApiDocument } from '@/lib/api/openapi/document';

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public, like any API's description;
// it holds no data. Not guarded: it takes no input and reads nothing.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(openApiDocument());
}
