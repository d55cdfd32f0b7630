import { guarded } from '@/lib/auth/guard';
import { ZApiSearch } from '@/lib/api/records-api';
import { searchDocuments } from '@/lib/search/search-documents';

// GET /api/v1/search?q=…: the same search, filters and facets as the app, as the reader sees it.
export const GET = guarded(ZApiSearch, { action: 'read' }, ({ user, input }) => searchDocuments(user, input));
