/**
 * Matching a person named in a report against the people of the register, by name, nickname and date of birth.
 * It only suggests: an intelligence officer confirms a link, which is audited as a combination.
 */
export interface DescribedPerson {
  fullName: string | null;
  nicknames: string[];
  dateOfBirth: string | null;
}

export interface RegisterPerson {
  id: string;
  fullName: string;
  nicknames: string[];
  dateOfBirth: string | null;
}

export type MatchReason = 'SAME_NAME' | 'SAME_SURNAME' | 'SAME_FORENAME' | 'NICKNAME' | 'SAME_DATE_OF_BIRTH';

export interface PersonMatch {
  personId: string;
  score: number;
  reasons: MatchReason[];
}

const WEIGHTS: Record<MatchReason, number> = {
  SAME_NAME: 60,
  SAME_SURNAME: 30,
  SAME_FORENAME: 15,
  NICKNAME: 40,
  SAME_DATE_OF_BIRTH: 45,
};

/** A suggestion needs more than a shared first name. */
export const MIN_MATCH_SCORE = 30;

/** Lower case, letters and digits only, apostrophes ignored, hyphens as spaces: "Hallam-Sykes" is "hallam sykes". */
export function nameKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(value: string | null): string[] {
  return value ? nameKey(value).split(' ').filter(Boolean) : [];
}

/** Why a register person may be the one described, and how strongly; null when nothing suggests it. */
export function matchPerson(described: DescribedPerson, candidate: RegisterPerson): PersonMatch | null {
  const reasons: MatchReason[] = [];
  const name = tokens(described.fullName);
  const theirs = tokens(candidate.fullName);
  if (name.length && name.join(' ') === theirs.join(' ')) reasons.push('SAME_NAME');
  else if (name.length && theirs.length) {
    if (name.length > 1 && name[name.length - 1] === theirs[theirs.length - 1]) reasons.push('SAME_SURNAME');
    if (name[0] === theirs[0]) reasons.push('SAME_FORENAME');
  }
  const ourNicknames = new Set(described.nicknames.map(nameKey).filter(Boolean));
  const theirNicknames = new Set(candidate.nicknames.map(nameKey).filter(Boolean));
  // A nickname given in the report may be their nickname, or the name the report gave may be one of their nicknames.
  const nicknameHit =
    [...ourNicknames].some((n) => theirNicknames.has(n) || theirs[0] === n) ||
    (name.length > 0 && theirNicknames.has(name.join(' ')));
  if (nicknameHit) reasons.push('NICKNAME');
  if (described.dateOfBirth && described.dateOfBirth === candidate.dateOfBirth) reasons.push('SAME_DATE_OF_BIRTH');
  const score = reasons.reduce((sum, reason) => sum + WEIGHTS[reason], 0);
  return score >= MIN_MATCH_SCORE ? { personId: candidate.id, score: Math.min(score, 100), reasons } : null;
}

/** The best suggestions first, at most `limit`. */
export function rankMatches(described: DescribedPerson, candidates: RegisterPerson[], limit = 5): PersonMatch[] {
  return candidates
    .map((candidate) => matchPerson(described, candidate))
    .filter((match): match is PersonMatch => match !== null)
    .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId))
    .slice(0, limit);
}

/** What to look for in the register: name parts and nicknames (as search keys) and the date of birth. */
export function searchKeys(described: DescribedPerson): { words: string[]; dateOfBirth: string | null } {
  const words = new Set([...tokens(described.fullName), ...described.nicknames.flatMap((n) => tokens(n))]);
  return { words: [...words].filter((w) => w.length >= 2), dateOfBirth: described.dateOfBirth };
}
