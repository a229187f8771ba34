import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  canEverShowDifference,
  fisherExactTwoSided,
  trialsPerSideToShow,
} from '../../../src/core/compare/significance.ts';

describe('fisherExactTwoSided', () => {
  it("matches Fisher's lady tasting tea (R fisher.test: p = 0.4857)", () => {
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.485714, 6);
  });

  it('matches the textbook studying-by-sex table (two-sided p = 0.002759)', () => {
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.0027594562, 9);
  });

  it('matches SciPy on tables a pass-rate comparison meets', () => {
    expect(fisherExactTwoSided(0, 5, 5, 0)).toBeCloseTo(0.0079365079, 9);
    expect(fisherExactTwoSided(10, 0, 5, 5)).toBeCloseTo(0.0325077399, 9);
    expect(fisherExactTwoSided(20, 0, 14, 6)).toBeCloseTo(0.0201960202, 9);
    expect(fisherExactTwoSided(4, 0, 0, 4)).toBeCloseTo(0.0285714286, 9);
  });

  it('is symmetric in the sides and gives 1 for identical or empty sides', () => {
    expect(fisherExactTwoSided(3, 7, 8, 2)).toBeCloseTo(fisherExactTwoSided(8, 2, 3, 7), 12);
    expect(fisherExactTwoSided(5, 5, 5, 5)).toBe(1);
    expect(fisherExactTwoSided(1, 0, 0, 1)).toBe(1);
    expect(fisherExactTwoSided(0, 0, 3, 1)).toBe(1);
  });

  it('refuses what is not a count', () => {
    expect(() => fisherExactTwoSided(1.5, 0, 0, 1)).toThrow(RangeError);
    expect(() => fisherExactTwoSided(-1, 0, 0, 1)).toThrow(RangeError);
  });
});

describe('benjaminiHochberg', () => {
  // The 15 p-values of Benjamini & Hochberg (1995), section 4: at q = 0.05 the first four are rejected.
  const published = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
  ];

  it('rejects exactly the four hypotheses of the 1995 paper at q = 0.05', () => {
    const adjusted = benjaminiHochberg(published);
    expect(adjusted.map((q) => q <= 0.05)).toEqual(published.map((_, i) => i < 4));
  });

  it('gives the adjusted values of R p.adjust(method = "BH"), in the input order', () => {
    const adjusted = benjaminiHochberg([...published].reverse()).reverse();
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857142857, 0.063857142857, 0.0645, 0.0765, 0.486, 0.581181818182,
      0.714875, 0.753230769231, 0.813214285714, 1,
    ];
    adjusted.forEach((q, i) => expect(q).toBeCloseTo(expected[i]!, 9));
  });

  it('leaves a single p-value as it is and handles none', () => {
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('trials needed', () => {
  it('finds the smallest per-side count at which the same rates would be significant', () => {
    // 100 % against 0 %: 4 each gives p = 0.029, 3 each only p = 0.1.
    expect(trialsPerSideToShow(1, 0)).toBe(4);
    const n = trialsPerSideToShow(0.9, 0.6)!;
    const passed = (rate: number, count: number) => Math.round(rate * count);
    expect(fisherExactTwoSided(passed(0.9, n), n - passed(0.9, n), passed(0.6, n), n - passed(0.6, n))).toBeLessThan(
      0.05,
    );
    const before = n - 1;
    expect(
      fisherExactTwoSided(
        passed(0.9, before),
        before - passed(0.9, before),
        passed(0.6, before),
        before - passed(0.6, before),
      ),
    ).toBeGreaterThanOrEqual(0.05);
  });

  it('says null when the rates are equal or the difference is too small to show within the cap', () => {
    expect(trialsPerSideToShow(0.5, 0.5)).toBeNull();
    expect(trialsPerSideToShow(0.5, 0.501)).toBeNull();
  });

  it('knows one trial each can never show a difference, and four each can', () => {
    expect(canEverShowDifference(1, 1)).toBe(false);
    expect(canEverShowDifference(3, 3)).toBe(false);
    expect(canEverShowDifference(4, 4)).toBe(true);
    expect(canEverShowDifference(0, 10)).toBe(false);
  });
});
