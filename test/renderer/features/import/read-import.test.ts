import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES } from '../../../../shared/ipc';
import { jsonErrorMessage, readImport } from '../../../../renderer/features/import/read-import';
import { utcInstant } from '../../../dates';

const OPTIONS = { timeZone: 'Europe/London', now: utcInstant('2026-12-02T10:00:00.000Z') };

describe('reading an import', () => {
  it('tells calendars, plan files and backups apart', () => {
    expect(readImport('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'x.txt', OPTIONS).kind).toBe('ics');
    expect(readImport('\uFEFFBEGIN:VCALENDAR\nEND:VCALENDAR\n', 'x', OPTIONS).kind).toBe('ics');
    expect(readImport('{"tierline": 1}', 'plan.json', OPTIONS).kind).toBe('plan');
    expect(readImport('{"format": "tierline-backup", "schemaVersion": 1}', 'b.json', OPTIONS).kind).toBe(
      'backup',
    );
    expect(readImport('hello', 'notes.txt', OPTIONS)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('neither a calendar') as unknown,
    });
    expect(readImport('   ', 'empty.json', OPTIONS)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('empty') as unknown,
    });
  });

  it('refuses input over the size limit without parsing it', () => {
    const huge = `{"tierline": 1, "x": "${'a'.repeat(MAX_OPEN_FILE_BYTES)}"}`;
    const reading = readImport(huge, 'huge.json', OPTIONS);
    expect(reading.kind).toBe('error');
    if (reading.kind === 'error')
      expect(reading.message).toMatch(/huge\.json is 50 MB; Tierline imports files up to 50 MB/);
  });

  it('places a JSON syntax error by line and column', () => {
    const text = '{\n  "a": 1,\n  "b": tru\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    const message = jsonErrorMessage(text, error);
    expect(message).toMatch(/line 3, column \d+/);
    expect(jsonErrorMessage('{"a": }', new Error('whatever the engine says'))).toBe(
      'The file is not valid JSON at line 1, column 7: expected a value. Nothing was changed.',
    );
  });
});
