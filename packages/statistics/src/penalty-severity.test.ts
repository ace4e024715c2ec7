import { describe, expect, it } from 'vitest';
import { heaviestPenalty, PENALTY_KIND_INFO, PENALTY_KINDS, penaltyKindOf } from './penalty-severity.ts';

const itemNumber = (item: string) => ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'].findIndex((mark) => item.includes(mark)) + 1;

describe('the order of penalty kinds', () => {
  it('follows the items of 行政处罚法 第九条 from (一) to (五), with 其他 (六) below every named kind', () => {
    const named = PENALTY_KINDS.filter((kind) => kind !== 'OTHER');
    const items = named.map((kind) => itemNumber(PENALTY_KIND_INFO[kind].item));
    expect(items).toEqual([...items].sort((a, b) => a - b));
    expect(items[0]).toBe(1);
    expect(items.at(-1)).toBe(5);
    expect(itemNumber(PENALTY_KIND_INFO.OTHER.item)).toBe(6);
    expect(PENALTY_KINDS[0]).toBe('OTHER');
  });

  it('picks the heaviest kind of a decision', () => {
    expect(heaviestPenalty(['FINE', 'WARNING'])).toBe('FINE');
    expect(heaviestPenalty(['LICENCE_REVOCATION', 'LICENCE_SUSPENSION', 'QUALIFICATION_DOWNGRADE'])).toBe('LICENCE_REVOCATION');
    expect(heaviestPenalty(['SUSPENSION', 'CLOSURE', 'RESTRICTION'])).toBe('CLOSURE');
    expect(heaviestPenalty(['DETENTION', 'FINE', 'CLOSURE'])).toBe('DETENTION');
    expect(heaviestPenalty(['CONFISCATION', 'FINE'])).toBe('CONFISCATION');
    expect(heaviestPenalty(['SOMETHING_ELSE', 'WARNING'])).toBe('WARNING');
    expect(heaviestPenalty(['SOMETHING_ELSE'])).toBe('OTHER');
    expect(heaviestPenalty([])).toBeNull();
  });

  it('does not depend on the order the kinds were entered in', () => {
    const kinds = ['WARNING', 'FINE', 'LICENCE_REVOCATION', 'CRITICISM'];
    expect(heaviestPenalty([...kinds].reverse())).toBe(heaviestPenalty(kinds));
  });

  it('reads an unknown code as other penalties', () => {
    expect(penaltyKindOf('FINE')).toBe('FINE');
    expect(penaltyKindOf('fine')).toBe('OTHER');
  });
});
