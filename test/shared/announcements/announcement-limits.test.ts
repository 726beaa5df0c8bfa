import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnnouncementDraft } from '../../builders';
import {
  validateAnnouncementDraft,
  type AnnouncementDraft,
} from '../../../shared/announcements/announcement-input';
import { addCalendarDays } from '../../../shared/calendar-day';
import { PLANNABLE_FIRST_DAY, PLANNABLE_LAST_DAY } from '../../../shared/plannable-range';
import { defaultSettings } from '../../../shared/settings-defaults';
import { settingsToDraft, validateSettingsDraft } from '../../../shared/settings-input';
import { counterHint } from '../../../renderer/features/limits/input-limits';

const TIERS = ['minor', 'medium', 'major'];

const draft = makeAnnouncementDraft;

function errorsOf(patch: Partial<AnnouncementDraft>) {
  const result = validateAnnouncementDraft(draft(patch), TIERS);
  expect(result.ok).toBe(false);
  return result.ok ? {} : result.errors;
}

describe('hostile input: announcement form', () => {
  it('refuses a launch on 9999-12-31 with a message naming it', () => {
    expect(errorsOf({ launchDate: '9999-12-31' })).toEqual({
      launchDate: '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).',
    });
  });

  it('refuses every real day outside the range and accepts every day inside (property)', () => {
    const offset = fc.integer({ min: -2000, max: 2000 });
    fc.assert(
      fc.property(fc.boolean(), offset, (late, n) => {
        const edge = late ? PLANNABLE_LAST_DAY : PLANNABLE_FIRST_DAY;
        const launchDate = addCalendarDays(edge, n);
        const inside = late ? n <= 0 : n >= 0;
        expect(validateAnnouncementDraft(draft({ launchDate }), TIERS).ok).toBe(inside);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a 5,000-character title instead of cutting it', () => {
    expect(errorsOf({ title: 'x'.repeat(5000) })).toEqual({
      title: 'This is 5,000 characters; keep it to 200.',
    });
  });

  // Owners are people picked by id since issue 9: their names are checked in shared/people/names.ts.
  it('refuses over-long summary and links beside each field', () => {
    const errors = errorsOf({
      summary: 's'.repeat(10_001),
      links: { pr: `https://example.com/${'a'.repeat(2000)}`, docs: '', blog: '' },
    });
    expect(Object.keys(errors).sort()).toEqual(['links', 'summary']);
    expect(errors.summary).toBe('This is 10,001 characters; keep it to 10,000.');
  });

  it('quotes at most 60 characters of a pasted time zone', () => {
    const { timeZone } = errorsOf({ launchTime: '09:00', timeZone: 'Q'.repeat(5000) });
    expect(timeZone).toBe(`Unknown time zone “${'Q'.repeat(60)}…”.`);
  });
});

describe('hostile input: settings', () => {
  const defaults = settingsToDraft(defaultSettings('Europe/London'));

  it('quotes at most 60 characters of a pasted time zone', () => {
    const result = validateSettingsDraft({ ...defaults, timeZone: 'Europe/'.repeat(1000) });
    expect(result.ok ? '' : result.errors.timeZone).toBe(
      `Unknown time zone “${'Europe/'.repeat(1000).slice(0, 60)}…”.`,
    );
  });

  it('refuses an Array day written in exponent form or as a huge number', () => {
    for (const arrayDayOfMonth of ['1e1', '0x1C', '9'.repeat(400), '-0.5', 'Infinity']) {
      const result = validateSettingsDraft({ ...defaults, arrayDayOfMonth });
      expect(result.ok ? '' : result.errors.arrayDayOfMonth, arrayDayOfMonth).toBe(
        'Pick a day from 1 to 28.',
      );
    }
  });
});

describe('the counter beside long text fields', () => {
  it('stays hidden while the text is comfortably short, and counts from 90% of the limit', () => {
    expect(counterHint('x'.repeat(179), 200)).toBeUndefined();
    expect(counterHint('x'.repeat(183), 200)).toBe('183 / 200 characters');
  });

  it('says how many characters are too many once over', () => {
    expect(counterHint('x'.repeat(5000), 200)).toBe('5,000 / 200 characters: 4,800 too many');
  });
});
