import type { TRelationRow } from '@/lib/relations/relation-types';

// What a render produces, and which pipeline version made it: small enough for server code that
// stores or shows HTML to import without loading the Markdown pipeline itself.

// Bump when the pipeline's output changes: stored HTML from older versions is re-rendered on read.
// 2: [[type::Target]] relations render as links to their target.
// 3: math ($…$, $$…$$) typeset as MathML.
export const RENDER_VERSION = 3;

export type TTocEntry = { depth: number; id: string; text: string };
// relations: the typed relations the Markdown declares ([[operates::Fraud model card]]).
export type TRendered = { html: string; toc: TTocEntry[]; links: string[]; relations: TRelationRow[]; text: string };
