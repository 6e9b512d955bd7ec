import { describe, expect, it } from 'vitest';
import { firstStartingFrom, inTextOrder, lastStartingBefore, startingWithin } from '../src/text-order.ts';

const at = (...starts: number[]) => starts.map((start) => ({ start }));

describe('finding mentions around a place', () => {
  it('bisects a list in text order', () => {
    const list = at(0, 5, 5, 9, 20);
    expect(inTextOrder(list)).toBe(true);
    expect([firstStartingFrom(list, 0), firstStartingFrom(list, 5), firstStartingFrom(list, 6), firstStartingFrom(list, 21)]).toEqual([0, 1, 3, 5]);
    expect([lastStartingBefore(list, 0), lastStartingBefore(list, 5), lastStartingBefore(list, 6), lastStartingBefore(list, 100)]).toEqual([-1, 0, 2, 4]);
    expect([firstStartingFrom([], 3), lastStartingBefore([], 3)]).toEqual([0, -1]);
    expect([startingWithin(list, 5, 20), startingWithin(list, 6, 9), startingWithin(list, 21, 30), startingWithin(list, 9, 5)]).toEqual([[1, 4], [3, 3], [5, 5], [3, 3]]);
  });

  it('answers as a whole scan would begin when the list is out of order', () => {
    const list = at(0, 9, 5, 20);
    expect(inTextOrder(list)).toBe(false);
    expect(firstStartingFrom(list, 9)).toBe(0);
    expect(lastStartingBefore(list, 6)).toBe(3);
    expect(startingWithin(list, 5, 9)).toEqual([0, 4]);
  });
});
