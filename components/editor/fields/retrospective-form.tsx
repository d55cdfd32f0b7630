'use client';

import { JOB_ROLE_LABEL } from '@/components/job-role';
import type { TRetroDraft } from '@/lib/kinds/retrospective-draft';
import { JOB_ROLES } from '@/lib/users/schemas';
import { Field, LinesField, RowsEditor, type TErrors } from './field-parts';


/** The structured half of a retrospective; the narrative stays in the Markdown next to it. */
export function RetrospectiveForm({ value, onChange, errors }: { value: TRetroDraft; onChange: (d: TRetroDraft) => void; errors: TErrors }) {
  const set = <K extends keyof TRetroDraft>(key: K, v: TRetroDraft[K]) => onChange({ ...value, [key]: v });
  const e = (path: string) => errors[`fields.${path}`];
  return (
    <section className="fields-form form" aria-label="Retrospective fields">
      <h2>Retrospective</h2>
      <div className="row">
        <Field label="From" error={e('period.from')}>
          <input type="date" value={value.period.from} onChange={(ev) => set('period', { ...value.period, from: ev.target.value })} />
        </Field>
        <Field label="To" error={e('period.to')}>
          <input type="date" value={value.period.to} onChange={(ev) => set('period', { ...value.period, to: ev.target.value })} />
        </Field>
      </div>
      <Field label="Summary" error={e('summary')}>
        <textarea rows={2} value={value.summary} onChange={(ev) => set('summary', ev.target.value)} />
      </Field>
      <RowsEditor
        title="Participants"
        rows={value.participants}
        onChange={(rows) => set('participants', rows)}
        blank={() => ({ name: '', jobRole: 'other' })}
        render={(p, update, i) => (
          <>
            <Field label="Name" error={e(`participants.${i}.name`)}>
              <input value={p.name} onChange={(ev) => update({ name: ev.target.value })} />
            </Field>
            <Field label="Job role" error={e(`participants.${i}.jobRole`)}>
              <select value={p.jobRole} onChange={(ev) => update({ jobRole: ev.target.value })}>
                {JOB_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {JOB_ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
      />
      <div className="row">
        <Field label="Data feasibility: forecast at kickoff" error={e('feasibility.forecast')}>
          <textarea rows={2} value={value.feasibility.forecast} onChange={(ev) => set('feasibility', { ...value.feasibility, forecast: ev.target.value })} />
        </Field>
        <Field label="What actually happened" error={e('feasibility.actual')}>
          <textarea rows={2} value={value.feasibility.actual} onChange={(ev) => set('feasibility', { ...value.feasibility, actual: ev.target.value })} />
        </Field>
      </div>
      <div className="row">
        <LinesField label="Ethics and bias decisions" value={value.ethics.decisions} onChange={(v) => set('ethics', { ...value.ethics, decisions: v })} errorOf={(i) => e(`ethics.decisions.${i}`)} />
        <LinesField label="Open risks" value={value.ethics.openRisks} onChange={(v) => set('ethics', { ...value.ethics, openRisks: v })} errorOf={(i) => e(`ethics.openRisks.${i}`)} />
      </div>
      <div className="row">
        <LinesField label="Went well" value={value.wentWell} onChange={(v) => set('wentWell', v)} errorOf={(i) => e(`wentWell.${i}`)} />
        <LinesField label="Went wrong" value={value.wentWrong} onChange={(v) => set('wentWrong', v)} errorOf={(i) => e(`wentWrong.${i}`)} />
        <LinesField label="Got lucky" value={value.gotLucky} onChange={(v) => set('gotLucky', v)} errorOf={(i) => e(`gotLucky.${i}`)} />
      </div>
      <LinesField label="Five whys" value={value.fiveWhys} onChange={(v) => set('fiveWhys', v)} errorOf={(i) => e(`fiveWhys.${i}`)} />
      <RowsEditor
        title="Decisions"
        rows={value.decisions}
        onChange={(rows) => set('decisions', rows)}
        blank={() => ({ decision: '', alternatives: '', rationale: '', evidence: '', decidedBy: '', date: '', modelVersion: '' })}
        render={(d, update, i) => (
          <>
            <Field label="Decision" error={e(`decisions.${i}.decision`)}>
              <input value={d.decision} onChange={(ev) => update({ decision: ev.target.value })} />
            </Field>
            <Field label="Alternatives considered" error={e(`decisions.${i}.alternatives`)}>
              <input value={d.alternatives} onChange={(ev) => update({ alternatives: ev.target.value })} />
            </Field>
            <Field label="Rationale" error={e(`decisions.${i}.rationale`)}>
              <input value={d.rationale} onChange={(ev) => update({ rationale: ev.target.value })} />
            </Field>
            <Field label="Evidence" error={e(`decisions.${i}.evidence`)}>
              <input value={d.evidence} onChange={(ev) => update({ evidence: ev.target.value })} />
            </Field>
            <Field label="Decided by" error={e(`decisions.${i}.decidedBy`)}>
              <input value={d.decidedBy} onChange={(ev) => update({ decidedBy: ev.target.value })} />
            </Field>
            <Field label="Date" error={e(`decisions.${i}.date`)}>
              <input type="date" value={d.date} onChange={(ev) => update({ date: ev.target.value })} />
            </Field>
            <Field label="Model version" error={e(`decisions.${i}.modelVersion`)}>
              <input value={d.modelVersion} onChange={(ev) => update({ modelVersion: ev.target.value })} />
            </Field>
          </>
        )}
      />
      <RowsEditor
        title="Lessons"
        rows={value.lessons}
        onChange={(rows) => set('lessons', rows)}
        blank={() => ({ text: '', tags: '' })}
        render={(l, update, i) => (
          <>
            <Field label="Lesson (one line)" error={e(`lessons.${i}.text`)}>
              <input value={l.text} onChange={(ev) => update({ text: ev.target.value })} />
            </Field>
            <Field label="Tags (comma-separated)" error={e(`lessons.${i}.tags`)}>
              <input value={l.tags} onChange={(ev) => update({ tags: ev.target.value })} />
            </Field>
          </>
        )}
      />
      <RowsEditor
        title="Action items"
        rows={value.actionItems}
        onChange={(rows) => set('actionItems', rows)}
        blank={() => ({ action: '', owner: '', due: '', status: 'open', link: '' })}
        render={(a, update, i) => (
          <>
            <Field label="Action" error={e(`actionItems.${i}.action`)}>
              <input value={a.action} onChange={(ev) => update({ action: ev.target.value })} />
            </Field>
            <Field label="Owner" error={e(`actionItems.${i}.owner`)}>
              <input value={a.owner} onChange={(ev) => update({ owner: ev.target.value })} />
            </Field>
            <Field label="Due" error={e(`actionItems.${i}.due`)}>
              <input type="date" value={a.due} onChange={(ev) => update({ due: ev.target.value })} />
            </Field>
            <Field label="Status" error={e(`actionItems.${i}.status`)}>
              <select value={a.status} onChange={(ev) => update({ status: ev.target.value })}>
                <option value="open">open</option>
                <option value="done">done</option>
                <option value="dropped">dropped</option>
              </select>
            </Field>
            <Field label="Link" error={e(`actionItems.${i}.link`)}>
              <input value={a.link} onChange={(ev) => update({ link: ev.target.value })} />
            </Field>
          </>
        )}
      />
    </section>
  );
}
