import { chainHash, ChainRow, firstBrokenLink, GENESIS_HASH } from './audit.rules';

function chain(count: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let previous = GENESIS_HASH;
  for (let i = 1; i <= count; i += 1) {
    const fields = {
      occurredAt: new Date(Date.UTC(2026, 10, 23, 9, i)),
      action: 'CONSULTATION',
      entityType: 'premises',
      entityIds: [`id-${i}`],
      userId: 'u',
      agencyId: 'a',
      purpose: 'View premises',
      recipients: [],
      details: { fields: ['name'], count: i },
    };
    const hash = chainHash(previous, fields);
    rows.push({ ...fields, sequence: String(i), previousHash: previous, hash });
    previous = hash;
  }
  return rows;
}

describe('the audit hash chain', () => {
  it('holds for an untouched log', () => expect(firstBrokenLink(chain(5))).toBeNull());

  it('finds an altered entry', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], purpose: 'Something else' };
    expect(firstBrokenLink(rows)).toEqual({
      sequence: '3',
      reason: 'its content does not match its hash (it was altered)',
    });
  });

  it('finds a removed entry', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(firstBrokenLink(rows)?.sequence).toBe('3');
  });

  it('hashes the same event the same way whatever the key order', () => {
    const [row] = chain(1);
    const reordered = { ...row, details: { count: 1, fields: ['name'] } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(row.hash);
  });
});
