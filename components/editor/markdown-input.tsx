'use client';

import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { languages } from '@codemirror/language-data';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';

// The editable area itself carries the name (screen readers and axe look there, not at the wrapper).
const extensions = [
  markdown({ base: markdownLanguage, codeLanguages: languages }),
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'Markdown body' }),
];

/** The Markdown source editor: CodeMirror 6 with Markdown highlighting and soft wrapping. */
export function MarkdownInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      height="70vh"
      basicSetup={{ foldGutter: false, highlightActiveLineGutter: false }}
    />
  );
}
