'use client';

// Mermaid diagrams (```mermaid blocks) drawn in the browser. The page arrives with each block as
// its source in a code block, readable without JavaScript; when a page has one, Mermaid is loaded
// (its own chunk, fetched only then, so pages without diagrams carry none of it) and each block
// becomes an SVG, with the source kept under it. Mermaid runs with securityLevel 'strict': labels
// are sanitized and click handlers are off.
import { useEffect } from 'react';

export function MermaidDiagrams({ within }: { within: string }) {
  useEffect(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>(`${within} pre > code.language-mermaid`)];
    if (blocks.length === 0) return;
    let cancelled = false;
    void import('mermaid').then(async ({ default: mermaid }) => {
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default', fontFamily: 'inherit' });
      for (const [i, code] of blocks.entries()) {
        const pre = code.parentElement!;
        try {
          const { svg } = await mermaid.render(`mermaid-diagram-${i}`, code.textContent ?? '');
          if (cancelled) return;
          const figure = document.createElement('figure');
          figure.className = 'mermaid-diagram';
          figure.dataset.testid = 'mermaid-diagram';
          figure.innerHTML = svg;
          const source = document.createElement('details');
          const summary = document.createElement('summary');
          summary.textContent = 'Diagram source';
          pre.replaceWith(figure);
          source.append(summary, pre);
          figure.after(source);
        } catch (error) {
          // An invalid diagram stays as its source, with the reason beside it.
          const note = document.createElement('p');
          note.className = 'field-error';
          note.textContent = `This diagram could not be drawn: ${error instanceof Error ? error.message.split('\n')[0] : 'invalid'}`;
          pre.after(note);
        }
      }
    });
    return () => {
      cancelled = true;
    };
  }, [within]);
  return null;
}
