'use client';

import { useState } from 'react';
import { sendForm } from '@/components/send-json';

export function UnsubscribeButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'done' | string>('idle');
  async function stop() {
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const res = await sendForm(url, form);
    setState(res.ok ? 'done' : res.error);
  }
  if (state === 'done') return <p role="status">Done: Hindsight sends you no more email.</p>;
  return (
    <>
      <button type="button" className="button primary" onClick={() => void stop()}>
        Stop all email
      </button>
      {state !== 'idle' && <p className="field-error">{state}</p>}
    </>
  );
}
