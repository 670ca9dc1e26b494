// Variants 5000 … 9999 of 10,000 forged or edited backups (the other half runs beside this file), each planned
// against a device that holds the original; the accepted ones are applied.
import 'fake-indexeddb/auto';
import { beforeAll, expect, it } from 'vitest';
import { runFuzz, setUpDevice } from './fuzz-run';

const FROM = 5000;
const TO = FROM + Number(process.env.FUZZ_N ?? 5_000);

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
