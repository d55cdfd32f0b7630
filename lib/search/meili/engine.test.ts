// The same contract against a real Meilisearch, when one is reachable: MEILI_HOST (and
// MEILI_API_KEY) set. No Meilisearch can be installed on the CI machines, so there these tests
// are reported as skipped; nothing here is mocked.
import { randomBytes } from 'node:crypto';
import { searchContract } from '../contract-suite';
import { meiliEngine } from './engine';

const host = process.env.MEILI_HOST;
searchContract(
  meiliEngine({
    host: host ?? 'http://127.0.0.1:7700',
    apiKey: process.env.MEILI_API_KEY,
    index: `hindsight_test_${randomBytes(4).toString('hex')}`,
  }),
  { skip: !host },
);
