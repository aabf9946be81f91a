import { describe, expect, it } from 'vitest';
import { estimateSegments } from './segment-estimate';

describe('estimateSegments', () => {
  it('counts GSM-7 single and multi-part messages', () => {
    expect(estimateSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, remaining: 0 });
    expect(estimateSegments('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
  });

  it('switches to UCS-2 for characters outside GSM-7', () => {
    expect(estimateSegments('héllo ✓')).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    expect(estimateSegments('✓'.repeat(71))).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it('shows zero segments for an empty body', () => {
    expect(estimateSegments('').segments).toBe(0);
  });
});
