import { describe, expect, it } from 'vitest';
import { makeAnnouncementDraft } from '../../builders';
import { validateAnnouncementDraft } from '../../../shared/announcements/announcement-input';

const TIERS = ['minor', 'medium', 'major'];

const draft = makeAnnouncementDraft;

describe('the announcement form', () => {
  it('returns a clean value for good input', () => {
    const result = validateAnnouncementDraft(
      draft({ title: '  Session   replay  ', launchTime: '09:30' }),
      TIERS,
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        title: 'Session replay',
        launchTime: '09:30',
        tierKey: 'major',
        status: 'planned',
      }) as unknown,
    });
  });

  it('names every problem, each on its own field', () => {
    const result = validateAnnouncementDraft(
      draft({
        title: ' ',
        launchDate: '2026-02-30',
        launchTime: '25:00',
        timeZone: 'Mars/Base',
        tierKey: 'huge',
        status: 'shipped',
        links: { pr: 'javascript:alert(1)', docs: '', blog: '' },
      }),
      TIERS,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'launchDate',
      'launchTime',
      'links',
      'status',
      'tierKey',
      'timeZone',
      'title',
    ]);
    expect(result.errors.title).toBe('Give the announcement a title.');
    expect(result.errors.launchDate).toMatch(/Not a date we can read/);
  });

  it('asks for a launch date when there is none, and accepts empty time as all day', () => {
    const missing = validateAnnouncementDraft(draft({ launchDate: '' }), TIERS);
    expect(missing.ok ? null : missing.errors.launchDate).toBe('Pick a launch date.');
    const allDay = validateAnnouncementDraft(draft({ launchTime: '' }), TIERS);
    expect(allDay.ok && allDay.value.launchTime).toBeNull();
  });

  it('accepts http and https links and refuses other schemes', () => {
    expect(
      validateAnnouncementDraft(
        draft({
          links: {
            pr: 'https://github.com/PostHog/posthog/pull/1',
            docs: 'http://posthog.com/docs',
            blog: '',
          },
        }),
        TIERS,
      ).ok,
    ).toBe(true);
    expect(
      validateAnnouncementDraft(draft({ links: { pr: 'file:///etc/passwd', docs: '', blog: '' } }), TIERS).ok,
    ).toBe(false);
    expect(
      validateAnnouncementDraft(draft({ links: { pr: 'not a url', docs: '', blog: '' } }), TIERS).ok,
    ).toBe(false);
  });
});
