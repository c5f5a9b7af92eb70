import { DataSource } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { ChainRow, firstBrokenLink, GENESIS_HASH } from './audit.rules';

/** Reads the whole log in order, in batches, and checks every link of the hash chain. */
export async function verifyAuditChain(
  db: DataSource,
  batchSize = 5000,
): Promise<{ entries: number; broken: { sequence: string; reason: string } | null }> {
  let previous = GENESIS_HASH;
  let after = '0';
  let entries = 0;
  for (;;) {
    const rows = await db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.sequence > :after', { after })
      .orderBy('e.sequence', 'ASC')
      .take(batchSize)
      .getMany();
    if (!rows.length) return { entries, broken: null };
    const broken = firstBrokenLink(rows as ChainRow[], previous);
    if (broken) return { entries: entries + rows.length, broken };
    entries += rows.length;
    previous = rows[rows.length - 1].hash;
    after = rows[rows.length - 1].sequence;
  }
}
