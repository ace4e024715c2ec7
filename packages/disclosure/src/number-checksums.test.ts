import { describe, expect, it } from 'vitest';
import {
  isOldResidentIdNumber,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  looksLikeCreditCode,
  passesLuhn,
} from './number-checksums.ts';

describe('GB 11643 resident ID numbers', () => {
  it('accepts the standard example and rejects a changed check digit', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
  });

  it('rejects impossible birth dates even with a matching check digit', () => {
    // Month 20, with the check digit that the weighted sum gives.
    expect(isResidentIdNumber('430502199020073217')).toBe(false);
    expect(isResidentIdNumber('430502199003073215')).toBe(true);
  });

  it('reads 15-digit numbers by their birth date', () => {
    expect(isOldResidentIdNumber('430502900307321')).toBe(true);
    expect(isOldResidentIdNumber('430502901307321')).toBe(false);
  });
});

describe('Luhn', () => {
  it.each([
    ['79927398713', true],
    ['4111111111111111', true],
    ['6222021234567890128', true],
    ['6222021234567890127', false],
    ['12a4', false],
  ])('%s → %s', (digits, ok) => expect(passesLuhn(digits)).toBe(ok));
});

describe('GB 32100 unified social credit codes', () => {
  it('accepts a published example and rejects a wrong check character', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true);
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('takes a code with letters by its layout alone, and an all-digit one only when it is no ID number or card', () => {
    expect(looksLikeCreditCode('91430500MA4L000000')).toBe(true);
    expect(looksLikeCreditCode('914305001234567816')).toBe(true);
    // Valid ID numbers and Luhn-valid numbers are never taken for credit codes.
    expect(looksLikeCreditCode('11010519491231002X')).toBe(false);
    expect(looksLikeCreditCode('430502199003073215')).toBe(false);
    // Wrong authority code (8 has categories 1 and 9 only).
    expect(looksLikeCreditCode('86430500MA4L000000')).toBe(false);
  });
});
