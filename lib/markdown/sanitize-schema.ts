// The allowlist for user Markdown and the raw HTML inside it: GitHub's schema as shipped by
// hast-util-sanitize (no script, style, iframe, object, svg, event handlers; href limited to
// http, https and mailto; ids prefixed with "user-content-"), plus the marks our own wikilink
// plugin puts on links before sanitizing.
import { defaultSchema, type Options as TSchema } from 'rehype-sanitize';

export const sanitizeSchema: TSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
  },
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')),
      ['className', 'data-footnote-backref', 'wikilink'],
      'dataWikilink',
    ],
  },
};
