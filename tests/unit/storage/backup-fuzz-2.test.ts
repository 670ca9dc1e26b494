// Variants from 5000 of 10,000 forged or edited backups (the other half, from 0, runs beside this file), each
// planned against a device that holds the original; the accepted ones are applied. `npm test` runs the first
// 1,500 of each half to keep CI within its time; `npm run fuzz` runs all 10,000 (FUZZ_N=5000).
import 'fake-indexeddb/auto';
import { beforeAll, expect, it } from 'vitest';
import { runFuzz, setUpDevice } from './fuzz-run';

const FROM = 5000;
const TO = FROM + Number(process.env.FUZZ_N ?? 1_500);

beforeAll(setUpDevice);

it('never change a signed version, never add one that does not continue a signed one, and refuse in Swedish', { timeout: 600_000 }, async () => {
  const out = await runFuzz(FROM, TO);
  expect(out.changed).toEqual([]);
  expect(out.forged).toEqual([]);
  expect(out.unclear).toEqual([]);
  // The run means something: every variant was planned, both outcomes happen, the attacks are refused.
  const refused = Object.values(out.refusedBy).reduce((a, b) => a + b, 0);
  expect(out.planned).toBe(TO - FROM);
  expect(out.accepted + refused).toBe(TO - FROM);
  expect(out.refusedBy['signed-content'] ?? 0).toBeGreaterThan((TO - FROM) / 4);
  expect(out.accepted).toBeGreaterThan((TO - FROM) / 10);
  expect(out.added).toBeGreaterThan(0);
});
