'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

export function NewProjectForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState('internal');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="form card"
      style={{ maxWidth: 640 }}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await sendJson<{ path: string }>('/api/projects', 'POST', { name, description, visibility });
        setBusy(false);
        if (result.ok) return router.push(result.data.path);
        setFields(result.fields);
        setError(result.error);
      }}
    >
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        {(fields.name || fields.slug) && <span className="field-error">{fields.name ?? fields.slug}</span>}
      </label>
      <label>
        What is it for?
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
      </label>
      <label>
        Who can see it
        <select value={visibility} onChange={(e) => setVisibility(e.target.value)}>
          <option value="internal">Internal — everyone signed in</option>
          <option value="restricted">Restricted — members only</option>
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create project'}
      </button>
    </form>
  );
}
