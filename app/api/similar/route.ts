import { guarded } from '@/lib/auth/guard';
import { similarWork, ZSimilarDraft } from '@/lib/similar/similar-work';

// Similar past work for the draft being written: pages, lessons and decisions from other
// projects the writer may read (the engine applies the read rule), each with why it matched.
export const POST = guarded(ZSimilarDraft, { action: 'read' }, async ({ user, input }) => ({ items: await similarWork(user, input) }));
