import { describe, expect, it } from 'vitest';
import { passHatK, percentile, trialsNeededToShow, wilsonInterval } from '../../../src/core/evaluation/statistics.ts';

describe('percentile (nearest rank)', () => {
  it('with one value, every percentile is that value', () => {
    expect(percentile([4.2], 50)).toBe(4.2);
    expect(percentile([4.2], 95)).toBe(4.2);
  });

  it('with two values, p50 is the lower and p95 the higher', () => {
    expect(percentile([9, 3], 50)).toBe(3);
    expect(percentile([9, 3], 95)).toBe(9);
  });

  it('with many values, returns observed values at ceil(p·n)', () => {
    const values = Array.from({ length: 20 }, (_, index) => 20 - index); // 20..1, unsorted input
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBe(5);
  });
});

describe('Wilson interval (95 %)', () => {
  it('matches hand-computed values', () => {
    // 4/5: centre (0.8 + z²/10)/(1 + z²/5) = 0.66966, half-width 0.29412.
    const fourOfFive = wilsonInterval(4, 5);
    expect(fourOfFive?.low).toBeCloseTo(0.37553, 4);
    expect(fourOfFive?.high).toBeCloseTo(0.96378, 4);
    // All pass: the lower bound is n / (n + z²) = 5 / 8.84146.
    expect(wilsonInterval(5, 5)?.low).toBeCloseTo(0.56552, 4);
    expect(wilsonInterval(5, 5)?.high).toBe(1);
    expect(wilsonInterval(0, 5)?.low).toBe(0);
    expect(wilsonInterval(0, 5)?.high).toBeCloseTo(0.43448, 4);
    expect(wilsonInterval(1, 1)?.low).toBeCloseTo(0.20654, 4);
  });

  it('is null without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('pass^k', () => {
  it('is C(c,k)/C(n,k)', () => {
    expect(passHatK(4, 5, 1)).toBeCloseTo(0.8, 12);
    expect(passHatK(4, 5, 3)).toBeCloseTo(0.4, 12); // 4·3·2 / (5·4·3)
    expect(passHatK(3, 5, 2)).toBeCloseTo(0.3, 12); // 3·2 / (5·4)
    expect(passHatK(4, 5, 5)).toBe(0);
    expect(passHatK(5, 5, 5)).toBe(1);
    expect(passHatK(0, 3, 1)).toBe(0);
  });

  it('refuses a k it cannot estimate', () => {
    expect(() => passHatK(2, 2, 3)).toThrow(RangeError);
  });
});

describe('trials needed to show a pass rate', () => {
  it('is the smallest n with n/(n+z²) ≥ rate', () => {
    expect(trialsNeededToShow(0.99)).toBe(381);
    expect(trialsNeededToShow(0.9)).toBe(35);
    expect(trialsNeededToShow(0.8)).toBe(16);
    expect(trialsNeededToShow(0.5)).toBe(4);
    expect(trialsNeededToShow(0)).toBe(0);
    expect(trialsNeededToShow(1)).toBeNull();
  });

  it('agrees with the Wilson lower bound of an all-pass run', () => {
    expect(wilsonInterval(35, 35)!.low).toBeGreaterThanOrEqual(0.9);
    expect(wilsonInterval(34, 34)!.low).toBeLessThan(0.9);
    expect(wilsonInterval(5, 5)!.low).toBeLessThan(0.99);
  });
});
