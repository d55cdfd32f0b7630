'use client';

import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { languages } from '@codemirror/language-data';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';
import { useMemo, useRef } from 'react';
import { useDarkMode } from '@/components/use-media-query';
import { darkTheme, lightTheme } from './editor-themes';

// The editable area itself carries the name (screen readers and axe look there, not at the wrapper).
const BASE = [
  markdown({ base: markdownLanguage, codeLanguages: languages }),
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'Markdown body' }),
];

/** Uploads one file and answers the Markdown that shows it, or null when it was refused. */
export type TAttach = (file: File) => Promise<string | null>;

function insertAt(view: EditorView, text: string, at: number | null) {
  const from = at ?? view.state.selection.main.head;
  view.dispatch({ changes: { from, insert: text }, selection: { anchor: from + text.length } });
}

async function attachAll(view: EditorView, files: File[], attach: TAttach, at: number | null) {
  for (const file of files) {
    const md = await attach(file);
    if (md) insertAt(view, `${md}\n`, at);
  }
}

/**
 * The Markdown source editor: CodeMirror 6 with Markdown highlighting and soft wrapping. With
 * `attach`, files pasted or dropped into it (or picked with the button) are uploaded and their
 * Markdown inserted where they landed.
 */
export function MarkdownInput({ value, onChange, attach }: { value: string; onChange: (value: string) => void; attach?: TAttach }) {
  const view = useRef<EditorView | null>(null);
  const dark = useDarkMode();
  // `attach` is stable for a page (useAttachments), so the editor is configured once.
  const extensions = useMemo(() => {
    if (!attach) return BASE;
    const take = (list: FileList | undefined | null, v: EditorView, at: number | null, event: Event) => {
      const files = [...(list ?? [])];
      if (files.length === 0) return false;
      event.preventDefault();
      void attachAll(v, files, attach, at);
      return true;
    };
    return [
      ...BASE,
      EditorView.domEventHandlers({
        paste: (e, v) => take(e.clipboardData?.files, v, null, e),
        drop: (e, v) => take(e.dataTransfer?.files, v, v.posAtCoords({ x: e.clientX, y: e.clientY }), e),
      }),
    ];
  }, [attach]);
  return (
    <>
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        theme={dark ? darkTheme : lightTheme}
        height="70vh"
        basicSetup={{ foldGutter: false, highlightActiveLineGutter: false }}
        onCreateEditor={(v) => {
          view.current = v;
        }}
      />
      {attach && (
        <label className="button attach-button">
          Attach a file or image
          <input
            type="file"
            className="sr-only"
            multiple
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (view.current && files.length) void attachAll(view.current, files, attach, null);
            }}
          />
        </label>
      )}
    </>
  );
}
