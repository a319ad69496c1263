import { describe, expect, it } from 'vitest';
import { licenceEnds, rights, rightsState } from '../../src/cues/rights.ts';

const ok = {
  credit: 'Drawn for this exhibit',
  licence: 'CC-BY-4.0',
  source: 'After a plan in X',
  date: 'drawn 2026',
};

describe('rights block', () => {
  it('takes an SPDX id or a dated licence', () => {
    expect(rights.safeParse(ok).success).toBe(true);
    expect(
      rights.safeParse({ ...ok, licence: 'licensed to Memorial until 2027-01-31' }).success,
    ).toBe(true);
  });
  it('refuses a missing field or a made-up licence, saying what to write', () => {
    const missing = rights.safeParse({ credit: 'x', source: 'y', date: '1954' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['licence']);
    const bad = rights.safeParse({ ...ok, licence: 'ask the archive' });
    expect(bad.error?.issues[0]?.message).toMatch(/SPDX licence id/);
    expect(rights.safeParse({ ...ok, licence: 'licensed to X until 2027-13-45' }).success).toBe(
      false,
    );
  });
  it('tells ok, ending within 30 days, and ended apart', () => {
    const r = { licence: 'licensed to Memorial until 2027-01-31' };
    expect(licenceEnds(r.licence)).toBe('2027-01-31');
    expect(rightsState(r, new Date('2026-12-01T12:00:00Z'))).toBe('ok');
    expect(rightsState(r, new Date('2027-01-02T12:00:00Z'))).toBe('ending');
    expect(rightsState(r, new Date('2027-01-31T23:00:00Z'))).toBe('ending');
    expect(rightsState(r, new Date('2027-02-01T00:00:01Z'))).toBe('ended');
    expect(rightsState(ok, new Date('2099-01-01'))).toBe('ok');
  });
});
