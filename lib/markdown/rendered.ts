// What a render produces, and which pipeline version made it: small enough for server code that
// stores or shows HTML to import without loading the Markdown pipeline itself.

// Bump when the pipeline's output changes: stored HTML from older versions is re-rendered on read.
export const RENDER_VERSION = 1;

export type TTocEntry = { depth: number; id: string; text: string };
export type TRendered = { html: string; toc: TTocEntry[]; links: string[]; text: string };
