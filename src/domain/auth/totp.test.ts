/** TOTP against the RFC 6238 appendix B test vectors (SHA-1, 8 digits) and the 6-digit rules Pallay uses. */
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp, totpStep } from './totp.ts';

const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');

describe('totp', () => {
  it('matches the RFC 6238 SHA-1 test vectors', () => {
    const vectors: [number, string][] = [
      [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) expect(totp(RFC_KEY, seconds * 1000, 8)).toBe(code);
  });

  it('matches the RFC 4226 HOTP vectors (6 digits)', () => {
    expect([0, 1, 2, 9].map((c) => hotp(RFC_KEY, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('round-trips base32 (the RFC key is GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ)', () => {
    expect(base32Encode(RFC_KEY)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ').equals(RFC_KEY)).toBe(true);
  });

  it('accepts the current step and one either side, once, and nothing else', () => {
    const secret = base32Encode(RFC_KEY);
    const at = 1111111111_000;
    const code = totp(RFC_KEY, at);
    expect(matchTotp(secret, code, at)).toBe(totpStep(at));
    expect(matchTotp(secret, code, at + 30_000)).toBe(totpStep(at));
    expect(matchTotp(secret, code, at + 90_000)).toBeNull();
    expect(matchTotp(secret, code, at, totpStep(at))).toBeNull();
    expect(matchTotp(secret, '12345', at)).toBeNull();
  });

  it('builds an otpauth URI', () => {
    expect(otpauthUri({ issuer: 'Pallay', account: 'cw.puno', secretBase32: 'ABC' })).toBe('otpauth://totp/Pallay%3Acw.puno?secret=ABC&issuer=Pallay&algorithm=SHA1&digits=6&period=30');
  });
});
