import { createHash } from 'node:crypto';

/** One round of fixed work: a board-sized answer written and read back as JSON, then hashed, thirty times. */
function referenceRound(): string {
  const cards = Array.from({ length: 50 }, (_, card) => ({
    id: `group-${card}`,
    name: `Task and finish group ${card} – Riverside`,
    visits: Array.from({ length: 8 }, (_, visit) => ({
      id: `visit-${card}-${visit}`,
      status: visit % 2 ? 'COMPLETED' : 'PLANNED',
      actions: Array.from({ length: 6 }, (_, action) => ({ id: `action-${card}-${visit}-${action}`, kind: 'ADVICE' })),
    })),
  }));
  const hash = createHash('sha256');
  for (let i = 0; i < 30; i += 1) {
    const text = JSON.stringify(JSON.parse(JSON.stringify(cards)));
    hash.update(Buffer.from(text, 'utf8'));
  }
  return hash.digest('hex');
}

/**
 * Times a fixed piece of CPU work (JSON and hashing, as an API answer costs): median of 7 rounds, after one unmeasured.
 * The benchmark's machine is a shared virtual one whose speed drifts from day to day; runs on different days are
 * compared by this figure as well as by their own. `checksum` proves the work is the same every time.
 */
export function machineReference(): { ms: number; checksum: string } {
  let checksum = referenceRound();
  const times: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const started = process.hrtime.bigint();
    checksum = referenceRound();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[3], checksum };
}
