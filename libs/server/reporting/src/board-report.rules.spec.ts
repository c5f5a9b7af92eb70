import {
  changeBetween,
  countCell,
  quantile,
  ReportCell,
  shareCell,
  summariseDurations,
  suppressBreakdown,
} from './board-report.rules';

const shown = (cells: ReportCell[]) => cells.map((cell) => cell.value ?? cell.suppression);

describe('board report rules', () => {
  it('shows zero and counts from the threshold, never a count from 1 to 4', () => {
    expect(countCell(0)).toEqual({ value: 0, display: '0', suppression: 'NONE' });
    expect(countCell(4)).toEqual({ value: null, display: 'fewer than 5', suppression: 'SMALL' });
    expect(countCell(1)).toMatchObject({ value: null, suppression: 'SMALL' });
    expect(countCell(5)).toEqual({ value: 5, display: '5', suppression: 'NONE' });
    expect(countCell(12345).display).toBe('12,345');
  });

  it('leaves a breakdown without small counts alone', () => {
    const result = suppressBreakdown([10, 0, 7], 17);
    expect(shown(result.cells)).toEqual([10, 0, 7]);
    expect(result.total.value).toBe(17);
  });

  it('withholds the next smallest cell so a lone small count cannot be worked out from the total', () => {
    const result = suppressBreakdown([3, 12, 8, 0], 23);
    expect(shown(result.cells)).toEqual(['SMALL', 12, 'WITHHELD', 0]);
    expect(result.total.value).toBe(23);
  });

  it('is content with two hidden cells that add up to at least the threshold', () => {
    expect(shown(suppressBreakdown([2, 3, 9], 14).cells)).toEqual(['SMALL', 'SMALL', 9]);
  });

  it('hides more while the hidden cells add up to less than the threshold (1 + 1 would reveal both)', () => {
    expect(shown(suppressBreakdown([1, 1, 9, 20], 31).cells)).toEqual(['SMALL', 'SMALL', 'WITHHELD', 20]);
  });

  it('withholds the total when no other cell can hide a small one', () => {
    const result = suppressBreakdown([3, 0], 3);
    expect(result.total.suppression).toBe('SMALL');
    const alone = suppressBreakdown([6, 2], 8);
    expect(shown(alone.cells)).toEqual(['WITHHELD', 'SMALL']);
    expect(alone.total.value).toBe(8);
    const lastResort = suppressBreakdown([2, 0], 7);
    expect(lastResort.total.suppression).toBe('WITHHELD');
  });

  it('gives a share only when both counts are shown', () => {
    expect(shareCell(countCell(17), countCell(20))).toMatchObject({ value: 85, display: '85%' });
    expect(shareCell(countCell(3), countCell(20)).value).toBeNull();
    expect(shareCell(countCell(0), countCell(0))).toMatchObject({ value: null, display: 'none received' });
  });

  it('says how a figure changed, and nothing when either side is hidden', () => {
    expect(changeBetween(countCell(12), countCell(9))).toEqual({ difference: 3, display: '+3' });
    expect(changeBetween(countCell(9), countCell(1200))).toEqual({ difference: -1191, display: '−1,191' });
    expect(changeBetween(countCell(9), countCell(9))).toEqual({ difference: 0, display: 'no change' });
    expect(changeBetween(countCell(9), countCell(2))).toEqual({ difference: null, display: 'not shown' });
    expect(changeBetween(countCell(2), countCell(9)).difference).toBeNull();
  });

  it('interpolates quantiles like percentile_cont', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 100], 0.5)).toBe(3);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([7], 0.75)).toBe(7);
  });

  it('summarises durations as a median and the middle half, only over 5 or more', () => {
    expect(summariseDurations([9, 1, 5, 3, 7])).toEqual({
      count: { value: 5, display: '5', suppression: 'NONE' },
      medianDays: 5,
      lowerQuartileDays: 3,
      upperQuartileDays: 7,
      display: '5 days (middle half 3 to 7 days)',
    });
    expect(summariseDurations([4, 8, 15, 16])).toMatchObject({ medianDays: null, display: 'fewer than 5' });
    expect(summariseDurations([])).toMatchObject({ medianDays: null, display: 'none' });
  });
});
