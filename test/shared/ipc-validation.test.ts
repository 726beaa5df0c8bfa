import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc';
import {
  IPC_ARGUMENT_SCHEMAS,
  MAX_FILE_NAME_LENGTH,
  MAX_SAVE_TEXT_BYTES,
  PUBLISH_FILE_NAMES,
  externalUrlSchema,
  openTextFileRequestSchema,
  publishFilesRequestSchema,
  saveTextFileRequestSchema,
  utf8ByteLength,
} from '../../shared/ipc-validation';

const icsFilter = { name: 'Calendar', extensions: ['ics'] };
const validSave = { suggestedName: 'tierline.ics', contents: 'BEGIN:VCALENDAR', filters: [icsFilter] };

describe('saveTextFileRequestSchema', () => {
  it('accepts a plain request', () => {
    expect(saveTextFileRequestSchema.safeParse(validSave).success).toBe(true);
  });

  it.each([
    'folder/tierline.ics',
    '../tierline.ics',
    '/etc/passwd',
    'folder\\tierline.ics',
    'C:\\Users\\x.ics',
    'tier\u0000line.ics',
    'tier\nline.ics',
    '',
    '.',
    '..',
    ' tierline.ics',
    'tierline.ics ',
    'x'.repeat(MAX_FILE_NAME_LENGTH + 1),
  ])('refuses the suggested name %j', (suggestedName) => {
    expect(saveTextFileRequestSchema.safeParse({ ...validSave, suggestedName }).success).toBe(false);
  });

  it('accepts names up to the limit, with spaces and accents inside', () => {
    expect(
      saveTextFileRequestSchema.safeParse({ ...validSave, suggestedName: 'x'.repeat(MAX_FILE_NAME_LENGTH) })
        .success,
    ).toBe(true);
    expect(
      saveTextFileRequestSchema.safeParse({ ...validSave, suggestedName: 'Plan für Q3 (final).md' }).success,
    ).toBe(true);
  });

  it('accepts contents of exactly 50 MB and refuses one byte more', () => {
    expect(
      saveTextFileRequestSchema.safeParse({ ...validSave, contents: 'a'.repeat(MAX_SAVE_TEXT_BYTES) })
        .success,
    ).toBe(true);
    expect(
      saveTextFileRequestSchema.safeParse({ ...validSave, contents: 'a'.repeat(MAX_SAVE_TEXT_BYTES + 1) })
        .success,
    ).toBe(false);
  });

  it('measures the limit in UTF-8 bytes, not in characters', () => {
    // Half as many characters as the limit, but two bytes each, plus one more character.
    const contents = 'é'.repeat(MAX_SAVE_TEXT_BYTES / 2 + 1);
    expect(contents.length).toBeLessThan(MAX_SAVE_TEXT_BYTES);
    expect(saveTextFileRequestSchema.safeParse({ ...validSave, contents }).success).toBe(false);
  });

  it.each([
    { ...validSave, contents: 42 },
    { ...validSave, filters: [{ name: 'Calendar', extensions: ['.ics'] }] },
    { ...validSave, filters: [{ name: 'Calendar', extensions: [] }] },
    { ...validSave, filters: [{ name: '', extensions: ['ics'] }] },
    { ...validSave, filters: [{ name: 'Calendar', extensions: ['ics'], extra: true }] },
    { ...validSave, filters: 'ics' },
    { ...validSave, defaultPath: '/etc' },
    { suggestedName: 'x.ics', contents: 'x' },
    null,
    'x.ics',
  ])('refuses the malformed request %#', (request) => {
    expect(saveTextFileRequestSchema.safeParse(request).success).toBe(false);
  });

  it("accepts the dialogs' all-files filter", () => {
    const filters = [{ name: 'All files', extensions: ['*'] }];
    expect(saveTextFileRequestSchema.safeParse({ ...validSave, filters }).success).toBe(true);
  });
});

describe('openTextFileRequestSchema', () => {
  it('accepts filters, including none', () => {
    expect(openTextFileRequestSchema.safeParse({ filters: [icsFilter] }).success).toBe(true);
    expect(openTextFileRequestSchema.safeParse({ filters: [] }).success).toBe(true);
  });

  it('refuses extra keys and missing filters', () => {
    expect(openTextFileRequestSchema.safeParse({ filters: [], path: '/etc/passwd' }).success).toBe(false);
    expect(openTextFileRequestSchema.safeParse({}).success).toBe(false);
  });
});

describe('publishFilesRequestSchema', () => {
  const files = [
    { name: 'tierline.ics', contents: 'BEGIN:VCALENDAR' },
    { name: 'tierline-schedule.md', contents: '# Schedule' },
  ];

  it.each([
    '/home/ana/Shared/Tierline',
    'C:\\Users\\ana\\Shared',
    'D:/Shared',
    '\\\\fileserver\\marketing\\tierline',
  ])('accepts the absolute folder %j', (folder) => {
    expect(publishFilesRequestSchema.safeParse({ folder, files }).success).toBe(true);
  });

  it.each(['Shared', './Shared', '../Shared', 'C:Shared', '~/Shared', '', '/home/ana\u0000/x', '\\\\server'])(
    'refuses the folder %j',
    (folder) => {
      expect(publishFilesRequestSchema.safeParse({ folder, files }).success).toBe(false);
    },
  );

  it.each(['evil.sh', '../tierline.ics', 'sub/tierline.ics', 'TIERLINE.ICS', 'tierline.ics '])(
    'refuses the file name %j',
    (name) => {
      expect(
        publishFilesRequestSchema.safeParse({ folder: '/tmp', files: [{ name, contents: 'x' }] }).success,
      ).toBe(false);
    },
  );

  it('refuses duplicate names, no files and extra keys', () => {
    const ics = { name: 'tierline.ics', contents: 'x' };
    expect(publishFilesRequestSchema.safeParse({ folder: '/tmp', files: [ics, ics] }).success).toBe(false);
    expect(publishFilesRequestSchema.safeParse({ folder: '/tmp', files: [] }).success).toBe(false);
    expect(
      publishFilesRequestSchema.safeParse({ folder: '/tmp', files: [{ ...ics, mode: 0o777 }] }).success,
    ).toBe(false);
  });

  it('allows exactly the names of PublishFile', () => {
    expect([...PUBLISH_FILE_NAMES].sort()).toEqual(['tierline-schedule.md', 'tierline.ics']);
  });
});

describe('externalUrlSchema', () => {
  it('accepts a URL string and refuses control characters, emptiness and excess length', () => {
    expect(externalUrlSchema.safeParse('https://example.com').success).toBe(true);
    expect(externalUrlSchema.safeParse('https://example.com/\u0000').success).toBe(false);
    expect(externalUrlSchema.safeParse('').success).toBe(false);
    expect(externalUrlSchema.safeParse(`https://example.com/${'a'.repeat(9000)}`).success).toBe(false);
    expect(externalUrlSchema.safeParse(new URL('https://example.com')).success).toBe(false);
  });
});

describe('IPC_ARGUMENT_SCHEMAS', () => {
  it('has a schema for every channel and nothing else', () => {
    expect(Object.keys(IPC_ARGUMENT_SCHEMAS).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('refuses missing and extra arguments', () => {
    expect(IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.appVersion].safeParse([]).success).toBe(true);
    expect(IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.appVersion].safeParse(['x']).success).toBe(false);
    expect(IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.saveTextFile].safeParse([]).success).toBe(false);
    expect(IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.saveTextFile].safeParse([validSave]).success).toBe(true);
    expect(
      IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.saveTextFile].safeParse([validSave, '/etc/passwd']).success,
    ).toBe(false);
    expect(
      IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.openExternal].safeParse(['https://example.com', true]).success,
    ).toBe(false);
  });
});

describe('utf8ByteLength', () => {
  it('agrees with a real UTF-8 encoder, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 2000 },
    );
    expect(utf8ByteLength('\ud800x\udc00')).toBe(Buffer.byteLength('\ud800x\udc00', 'utf8'));
  });
});
