import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { searchDocuments } from '@/lib/search/search-documents';

// The quick-search palette's endpoint; the query is read leniently by the domain function.
export const POST = guarded(z.record(z.string(), z.unknown()), { action: 'read' }, ({ user, input }) => searchDocuments(user, input));
