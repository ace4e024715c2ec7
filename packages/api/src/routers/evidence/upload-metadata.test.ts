import { AppError } from '@sanxiang/errors';
import { describe, expect, it } from 'vitest';
import { parseUploadMetadata, type FieldProblem } from './upload-metadata.ts';

const NOW = new Date('2025-09-02T12:00:00+08:00');
const complete = {
  actionId: '0199a0c4-7a1b-7c3d-9e8f-0123456789ab',
  deviceId: 'ZFJLY-0031',
  certificateNumber: '湘A-0001',
  startedAt: '2025-09-02T10:00:00+08:00',
  endedAt: '2025-09-02T11:00:00+08:00',
  place: '邵阳市双清区某食品店',
};

function problemsOf(query: Record<string, unknown>): FieldProblem[] {
  try {
    parseUploadMetadata(query, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_INPUT');
    return ((error as AppError).details as { problems: FieldProblem[] }).problems;
  }
  throw new Error('expected a refusal');
}

describe('parseUploadMetadata', () => {
  it('accepts the complete metadata and reads the times with their offsets', () => {
    const metadata = parseUploadMetadata({ ...complete, fileName: 'C:\\fakepath\\查封现场.mp4' }, NOW);
    expect(metadata.startedAt.toISOString()).toBe('2025-09-02T02:00:00.000Z');
    expect(metadata.place).toBe('邵阳市双清区某食品店');
    expect(metadata.fileName).toBe('查封现场.mp4');
  });

  it('names every missing field, in both languages', () => {
    const { deviceId: _device, place: _place, ...rest } = complete;
    try {
      parseUploadMetadata(rest, NOW);
      throw new Error('expected a refusal');
    } catch (error) {
      const refused = error as AppError;
      expect(refused.details).toMatchObject({ field: 'deviceId' });
      expect(refused.text.zh).toContain('记录设备编号（deviceId）');
      expect(refused.text.zh).toContain('地点（place）');
      expect(refused.text.en).toContain('device id (deviceId) is missing');
    }
  });

  it('refuses a time without its offset, an end before the start and a recording in the future', () => {
    expect(problemsOf({ ...complete, startedAt: '2025-09-02T10:00:00' })).toEqual([expect.objectContaining({ field: 'startedAt', problem: 'INVALID' })]);
    expect(problemsOf({ ...complete, endedAt: '2025-09-02T09:00:00+08:00' })).toEqual([expect.objectContaining({ field: 'endedAt' })]);
    expect(problemsOf({ ...complete, endedAt: '2025-09-03T11:00:00+08:00' })[0]?.message.en).toContain('in the future');
  });

  it('refuses unknown and repeated parameters, so a misspelt field never goes unnoticed', () => {
    expect(problemsOf({ ...complete, deviceID: 'X' })).toEqual([expect.objectContaining({ field: 'deviceID', problem: 'UNKNOWN' })]);
    expect(problemsOf({ ...complete, place: ['a', 'b'] })).toEqual([expect.objectContaining({ field: 'place', problem: 'REPEATED' })]);
  });

  it('refuses control characters and over-long text', () => {
    expect(problemsOf({ ...complete, fileName: 'a\r\nSet-Cookie: x.mp4' })).toEqual([expect.objectContaining({ field: 'fileName', problem: 'INVALID' })]);
    expect(problemsOf({ ...complete, place: '某'.repeat(201) })).toEqual([expect.objectContaining({ field: 'place', problem: 'INVALID' })]);
    expect(problemsOf({ ...complete, correctsId: '../x' })).toEqual([expect.objectContaining({ field: 'correctsId' })]);
  });
});
