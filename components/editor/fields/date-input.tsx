'use client';

// Dates typed and shown one way, as the pages show them (ISO: 2026-03-31), whatever the browser's
// locale would make of <input type="date"> (mm/dd/yyyy in en-US). The calendar button opens the
// browser's own date picker on a hidden date input, and the picked day comes back as ISO.
import { useRef } from 'react';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function DateInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <span className="date-input">
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        maxLength={10}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {/* A pointer's shortcut to the browser's picker (typing the date is the way for everyone), left
          out of the tab order and of the field's name: its icon is drawn by CSS, so the label's
          text stays the field's name alone. */}
      <button
        type="button"
        title="Open the calendar"
        aria-hidden="true"
        tabIndex={-1}
        onClick={() => {
          try {
            picker.current?.showPicker();
          } catch {
            // A browser without showPicker: the text field still takes the date.
          }
        }}
        className="calendar-button"
      />
      <input
        ref={picker}
        type="date"
        className="date-picker-proxy"
        tabIndex={-1}
        aria-hidden="true"
        value={ISO_DAY.test(value) ? value : ''}
        onChange={(e) => e.target.value && onChange(e.target.value)}
      />
    </span>
  );
}
