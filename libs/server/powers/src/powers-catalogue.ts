import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PowerFields, powerProblems } from './power.rules';

export const CATALOGUE_PATH = join(__dirname, '..', 'data', 'powers-catalogue.yaml');

type CatalogueEntry = Omit<PowerFields, 'premisesKinds'> & { premisesKinds: PowerFields['premisesKinds'] | 'ANY' };

/**
 * Reads the reviewed powers catalogue and checks every entry against the same rules the
 * administrators' form uses. A file with any problem is refused whole, with every problem listed.
 */
export function readPowersCatalogue(path = CATALOGUE_PATH): PowerFields[] {
  const document = parse(readFileSync(path, 'utf8')) as { powers?: CatalogueEntry[] };
  if (!document || !Array.isArray(document.powers)) throw new Error(`${path}: expected a top-level "powers:" list`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const powers = document.powers.map((entry, index) => {
    const power: PowerFields = {
      ...entry,
      premisesKinds: entry.premisesKinds === 'ANY' ? null : entry.premisesKinds,
      conditions: entry.conditions ?? [],
      effectiveFrom: String(entry.effectiveFrom),
      effectiveTo: entry.effectiveTo ? String(entry.effectiveTo) : null,
      notes: (entry.notes ?? '').trim(),
      source: entry.source ?? '',
    };
    const label = `entry ${index + 1} (${entry.code ?? 'no code'})`;
    for (const problem of powerProblems(power)) problems.push(`${label}: ${problem.field}: ${problem.message}`);
    if (seen.has(power.code)) problems.push(`${label}: code is used twice`);
    seen.add(power.code);
    return power;
  });
  if (problems.length) throw new Error(`${path} has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return powers;
}
