import { describe, expect, it } from 'vitest';
import {
  inferDueDays,
  inferItemDetails,
  inferTierItemDetails,
} from '../../../shared/templates/item-inference';
import { CHANNELS } from '../../../shared/types';
import { bulletsByHeading, readFixture } from './handbook-fixtures';
import fc from 'fast-check';

describe('inferDueDays', () => {
  it.each([
    ['Creating a blog announcement about the feature within 24 hours of launch.', 1],
    ['Creating a blog announcement about the feature within one week of launch.', 7],
    ['Creating a follow-on blog article about the feature within three weeks of launch.', 21],
    ['Writing a tutorial for day of release.', 0],
    ['Writing a tutorial created for week of release.', 7],
    ['Send it within 2 days of launch', 2],
    ['Reply within 48 hours', 2],
    ['Writing a dedicated blog post.', undefined],
  ])('%s → %s', (title, days) => {
    expect(inferDueDays(title)).toBe(days);
  });
});

describe('inferItemDetails', () => {
  it.each([
    ['Including the news in PostHog Array updates.', 'array', 'Words & Pictures'],
    ['Including the news in the PostHog newsletter.', 'newsletter', 'Content & Docs'],
    [
      'Sharing links to the social media announcement internally via Slack, so colleagues can amplify them.',
      'internal-slack',
      'Words & Pictures',
    ],
    [
      'Sharing the blog announcement with the Slack community via the #General channel.',
      'slack-community',
      'Website & Vibes',
    ],
    ['Writing a Twitter thread posted by @james406.', 'twitter', 'Founder (@james406)'],
    ['Creating a dedicated landing page.', 'landing-page', 'Website & Vibes'],
    ['Creating on-site banner for all visitors.', 'website-banner', 'Website & Vibes'],
    ['Creating an in-app banner for existing users.', 'in-app-banner', 'Words & Pictures'],
    [
      'Updating any third-party sites or listings, such as G2.com or StackShare.',
      'listings',
      'Words & Pictures',
    ],
    ['Coordinating PR and external communications if required.', 'pr', 'Words & Pictures'],
    ['Tell Customer Success which accounts to email', 'email', 'Customer Success'],
    ['Something nobody planned for', 'other', 'Marketing'],
  ])('%s → %s, %s', (title, channel, team) => {
    const details = inferItemDetails(title);
    expect(details.channel).toBe(channel);
    expect(details.team).toBe(team);
  });

  it('puts Array items in the next Array edition unless the words give a time', () => {
    expect(inferItemDetails('Including them in Array release highlights.').offset).toEqual({
      kind: 'next-array',
    });
    expect(inferItemDetails('Including them in Array within one week of launch').offset).toEqual({
      kind: 'launch',
      days: 7,
    });
  });

  it('reads every bullet of every handbook page without failing, into a known channel', () => {
    for (const page of ['earlier', 'current', 'overview'] as const) {
      for (const titles of bulletsByHeading(readFixture(page)).values()) {
        for (const title of titles) expect(CHANNELS).toContain(inferItemDetails(title).channel);
      }
    }
  });

  it('is total: any text gives a channel, a team and a launch offset within a year', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const details = inferItemDetails(title);
        expect(CHANNELS).toContain(details.channel);
        expect(details.team.length).toBeGreaterThan(0);
        if (details.offset.kind === 'launch') expect(Math.abs(details.offset.days)).toBeLessThanOrEqual(365);
      }),
      { numRuns: 300 },
    );
  });
});

describe('inferTierItemDetails', () => {
  it('keeps items that share the blog announcement from being due before the blog', () => {
    const titles = [
      'Sharing the blog announcement on social media.',
      'Creating a blog announcement about the feature within one week of launch.',
      'Sharing links to the social media announcement internally via Slack.',
      'Writing a tutorial for day of release.',
    ];
    const details = inferTierItemDetails(titles);
    expect(details.map((item) => item.offset)).toEqual([
      { kind: 'launch', days: 7 },
      { kind: 'launch', days: 7 },
      { kind: 'launch', days: 7 },
      { kind: 'launch', days: 0 },
    ]);
  });

  it('changes nothing when the tier has no blog to wait for', () => {
    const titles = ['Sharing the blog announcement on social media.', 'Posting in the user Slack group.'];
    expect(inferTierItemDetails(titles)).toEqual(titles.map((title) => inferItemDetails(title)));
  });
});
