import { readPowersCatalogue } from './powers-catalogue';

/** The reviewed catalogue file must load whole and carry what the law sets, as domain.md records it. */
describe('the powers catalogue file', () => {
  const powers = readPowersCatalogue();
  const find = (pattern: RegExp) => powers.filter((power) => pattern.test(`${power.name} ${power.legalBasis}`));

  it('loads with no problems and unique codes', () => {
    expect(powers.length).toBeGreaterThanOrEqual(40);
    expect(new Set(powers.map((p) => p.code)).size).toBe(powers.length);
  });

  it('gives every agency type named in the domain at least one power', () => {
    const holders = new Set(powers.flatMap((p) => p.holderAgencyTypes));
    for (const type of [
      'POLICE',
      'FIRE_AND_RESCUE',
      'LICENSING',
      'ENVIRONMENTAL_HEALTH',
      'TRADING_STANDARDS',
      'BUILDING_CONTROL',
      'PLANNING_ENFORCEMENT',
      'STRATEGIC_HOUSING',
      'REVENUES_AND_BENEFITS',
      'COMMUNITY_SAFETY_ASB',
      'CHILDRENS_SOCIAL_CARE',
    ]) {
      expect(holders).toContain(type);
    }
  });

  it('records the minimum durations of sexual risk and harm prevention orders', () => {
    expect(find(/^Sexual Risk Order/).map((p) => p.minDuration)).toEqual(['P2Y']);
    expect(find(/^Sexual Harm Prevention Order/).map((p) => p.minDuration)).toEqual(['P5Y']);
  });

  it('keeps the fire safety order off private dwellings', () => {
    const fire = find(/Fire Safety\) Order 2005/);
    expect(fire.length).toBeGreaterThanOrEqual(4);
    for (const power of fire) expect(power.conditions).toContain('NOT_DWELLING');
  });

  it('ties Housing Act powers to residential use and Licensing Act powers to licensable activity', () => {
    for (const power of find(/Housing Act 2004/)) expect(power.conditions).toContain('RESIDENTIAL_USE');
    for (const power of find(/Licensing Act 2003/)) expect(power.conditions).toContain('LICENSABLE_ACTIVITY');
  });

  it('gives benefit fraud investigators no power of entry without a warrant', () => {
    const benefits = powers.filter((p) => p.holderAgencyTypes.includes('REVENUES_AND_BENEFITS'));
    expect(benefits.length).toBeGreaterThan(0);
    for (const power of benefits) expect(['NONE', 'WARRANT_ONLY']).toContain(power.entry);
  });
});
