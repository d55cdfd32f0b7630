// A deterministic generator of realistic Hindsight documents for benchmarks: model cards,
// runbooks, retrospectives and practices with headings, tables, code, task lists and wikilinks.
const KINDS = ['practice', 'retrospective', 'runbook', 'model_card'] as const;

const MODELS = [
  'churn risk',
  'fraud score',
  'demand forecast',
  'ticket router',
  'price elasticity',
  'search ranker',
  'credit limit',
  'image moderation',
];
const FEATURES = [
  'merchant_category',
  'tenure_days',
  'failed_payments_30d',
  'sessions_7d',
  'basket_value',
  'device_age',
  'support_calls',
  'region',
];
const SENTENCES = [
  'Input drift on {f} crossed the PSI threshold of 0.25 for three consecutive days.',
  'We rolled back to the previous registry version while the feature pipeline was fixed.',
  'The evaluation gate compares recall by subgroup against the limits in the model card.',
  'Labels arrive with a median delay of {n} days, so drift signals are early warnings only.',
  'The data owner confirmed that {f} was remapped upstream without notice.',
  'Shadow traffic ran for {n} hours with no latency regression at the 99th percentile.',
  'Retraining is scheduled monthly on a rolling window and promoted only if the gate passes.',
  'The kickoff forecast underestimated label noise by roughly {n} percent.',
  'Customers over 65 were under-served until the call-centre feed was joined.',
  'Every alert is routed to the on-call rota and tested before launch.',
  'We keep the last three production versions loadable so a rollback needs no rebuild.',
  'The {m} model serves about {n} requests per second at peak.',
];

// A vocabulary of made-up technical terms (pipeline and system names, jargon), used with a
// skewed distribution: a few are common, most are rare, as words are in a real wiki.
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tri',
  'vex',
  'son',
  'dal',
  'qui',
  'ren',
  'po',
  'zan',
  'fel',
  'gor',
  'hyd',
  'ix',
  'jun',
  'bel',
  'cor',
  'dex',
  'nim',
];
export const VOCABULARY = Array.from({ length: 4000 }, (_, i) => {
  const a = SYLLABLES[i % 20]!;
  const b = SYLLABLES[Math.floor(i / 20) % 20]!;
  const c = SYLLABLES[Math.floor(i / 400) % 20]!;
  return `${a}${b}${c}`;
});
const TOPIC_SENTENCES = [
  'The {t} step feeds the {u} job every night.',
  'We compared {t} with {u} over {n} days of traffic.',
  'The {t} dashboard shows the {u} backlog per region.',
  'Ownership of {t} moved to the {u} team in the spring.',
  'A bug in {t} silently dropped rows before {u} ran.',
];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where generated document i lives: practices outside projects, the rest spread over 40 projects. */
export function spaceOfGenerated(i: number): string | null {
  return KINDS[i % KINDS.length] === 'practice' ? null : `proj-${i % 40}`;
}

export type TGenerated = { kind: (typeof KINDS)[number]; title: string; slug: string; body: string; tags: string[]; fields?: object };

export function generateDocument(i: number, total: number): TGenerated {
  const rand = prng(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const kind = KINDS[i % KINDS.length]!;
  const model = pick(MODELS);
  const title = `${model[0]!.toUpperCase()}${model.slice(1)} ${kind.replace('_', ' ')} ${i}`;
  // Each document keeps to a few themes and a few topic words, so a common word is in some
  // documents, not all of them.
  const themes = Array.from({ length: 3 }, () => pick(SENTENCES));
  const topics = Array.from({ length: 8 }, () => VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 3)]!);
  const sentence = () =>
    (rand() < 0.5 ? pick(themes) : pick(TOPIC_SENTENCES).replace('{t}', pick(topics)).replace('{u}', pick(topics)))
      .replace('{f}', pick(FEATURES))
      .replace('{m}', model)
      .replace('{n}', String(2 + Math.floor(rand() * 90)));
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' ');
  const link = () => {
    const k = Math.floor(rand() * total);
    return `[[${spaceOfGenerated(k) ?? '_'}/bench-${k}]]`;
  };
  const parts = [`## Summary\n\n${paragraph()} See ${link()} and ${link()}.`];
  for (let s = 0; s < 4 + Math.floor(rand() * 4); s++) {
    parts.push(`## ${pick(['Context', 'Evaluation', 'Monitoring', 'Decisions', 'Lessons', 'Data', 'Risks'])} ${s + 1}`);
    parts.push(paragraph(), paragraph());
    if (rand() < 0.5) {
      const rows = FEATURES.slice(0, 3 + Math.floor(rand() * 5)).map(
        (f) => `| ${f} | ${(rand() * 0.5).toFixed(3)} | ${(0.6 + rand() * 0.4).toFixed(2)} |`,
      );
      parts.push(`| Feature | PSI | Recall |\n|---|---|---|\n${rows.join('\n')}`);
    }
    if (rand() < 0.3) {
      parts.push(
        '```python\ndef psi(expected, actual, bins=10):\n    e, a = np.histogram(expected, bins)[0], np.histogram(actual, bins)[0]\n    return float(np.sum((a - e) * np.log((a + 1e-6) / (e + 1e-6))))\n```',
      );
    }
    if (rand() < 0.4) parts.push(`- [x] ${sentence()}\n- [ ] ${sentence()}\n- [ ] owner — ${link()}`);
  }
  return {
    kind,
    title,
    slug: `bench-${i}`,
    body: parts.join('\n\n') + '\n',
    tags: [model.split(' ')[0]!, kind, pick(['drift', 'latency', 'fairness', 'labels'])],
    fields: generatedFields(kind, model, sentence, pick),
  };
}

/** Structured fields like the real kinds carry (a few per document), for search to index. */
function generatedFields(kind: TGenerated['kind'], model: string, sentence: () => string, pick: <T>(xs: readonly T[]) => T): object {
  if (kind === 'model_card') {
    return {
      overview: sentence(),
      intendedUses: [sentence()],
      results: FEATURES.slice(0, 3).map((f) => ({ metric: 'recall', slice: f, value: 0.7 })),
      considerations: [{ risk: sentence(), mitigation: sentence() }],
      monitoring: { metrics: [`PSI on ${pick(FEATURES)}`], retrainingTrigger: sentence() },
    };
  }
  if (kind === 'runbook')
    return {
      service: `${model} service`,
      checks: [sentence(), sentence()],
      levers: [{ lever: 'Roll back to the last good registry version' }],
    };
  if (kind === 'retrospective') return { summary: sentence(), lessons: [{ text: sentence(), tags: [pick(FEATURES)] }] };
  return { summary: sentence(), appliesTo: [pick(['monitoring', 'training', 'deployment'])] };
}
