import { SegmentedMessage } from 'sms-segments-calculator';

export interface SegmentEstimate {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  characters: number;
  /** Characters left before the next segment starts. */
  remaining: number;
}

/** What the phone will have to send, shown before sending: GSM-7 160/153, UCS-2 70/67. */
export function estimateSegments(body: string): SegmentEstimate {
  const message = new SegmentedMessage(body, 'auto');
  const encoding = message.encodingName === 'UCS-2' ? 'UCS-2' : 'GSM-7';
  const segments = body.length === 0 ? 0 : message.segmentsCount;
  const perSegment = segments <= 1 ? (encoding === 'GSM-7' ? 160 : 70) : encoding === 'GSM-7' ? 153 : 67;
  const units = message.numberOfCharacters;
  const capacity = Math.max(1, segments) * perSegment;
  return { encoding, segments, characters: units, remaining: Math.max(0, capacity - units) };
}
