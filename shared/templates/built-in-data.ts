import type { Channel, DueOffset } from '../types';

/** One built-in item: its handbook words, plus any detail the words alone would infer wrongly. */
export type BuiltInItem = {
  id: string;
  title: string;
  override?: { channel?: Channel; team?: string; offset?: DueOffset };
};

export type BuiltInTier = {
  key: string;
  name: string;
  rank: 1 | 2 | 3;
  description: string;
  items: BuiltInItem[];
};

export type BuiltInEdition = { id: string; name: string; tiers: BuiltInTier[] };

/**
 * Tier colours by rank (index 0 = rank 1). Each is dark enough for white text at WCAG AA
 * (contrast of at least 4.5:1), and the two sets use different hues so a planner who has
 * both in use can tell them apart on the calendar.
 */
export const TIER_COLORS: Readonly<Record<'current' | 'earlier', readonly [string, string, string]>> = {
  current: ['#B42318', '#B54708', '#175CD3'],
  earlier: ['#6941C6', '#0E7090', '#3B7C0F'],
};

// Item ids are shared between tiers only where the handbook words are identical, so a tier
// change keeps the planner's work on that item instead of swapping it for a twin.
const TELL_MARKETING: BuiltInItem = {
  id: 'tell-marketing',
  title:
    'Drop a message in the #team-marketing Slack channel so that marketing can assist and prevent overlapping comms.',
};
const INTERNAL_AMPLIFY: BuiltInItem = {
  id: 'internal-slack-amplify',
  title:
    'Sharing links to the social media announcement internally via Slack, so colleagues can amplify them.',
};
const EXTERNAL_PARTIES: BuiltInItem = {
  id: 'external-parties',
  title:
    'Sharing the announcement with other external parties, such as integration partners or PPC agencies.',
};
const IN_APP_BANNER: BuiltInItem = {
  id: 'in-app-banner',
  title: 'Creating an in-app banner for existing users.',
};

/** "Product announcements", the current edition (handbook page 001). */
export const HANDBOOK_CURRENT: BuiltInEdition = {
  id: 'handbook-current',
  name: 'Handbook (current)',
  tiers: [
    {
      key: 'minor',
      name: 'Minor',
      rank: 3,
      description:
        'Minor announcements involve changes which have no noticeable impact on the experience of most users. They do not require action from users and pose no known risk.',
      items: [
        TELL_MARKETING,
        {
          id: 'array-other-improvements',
          title: 'Including them as ‘Other improvements and fixes’ in PostHog Array.',
        },
        { id: 'social-short-post', title: 'Writing a short Twitter and/or LinkedIn post.' },
        { id: 'slack-community-post', title: 'Posting in the user Slack group.' },
      ],
    },
    {
      key: 'medium',
      name: 'Medium',
      rank: 2,
      description:
        'Medium announcements involve changes which have a noticeable impact on the experience of some users, but not the majority. They do not require action from users and pose no known risk.',
      items: [
        TELL_MARKETING,
        { id: 'array-release-highlights', title: 'Including them in Array release highlights.' },
        { id: 'social-post', title: 'Writing a Twitter and LinkedIn post.' },
        { id: 'targeted-emails-affected', title: 'Sending targeted emails to affected users.' },
        { id: 'slack-community-here', title: 'Posting in the user Slack group with a @here tag.' },
        { id: 'tutorial-week-of-release', title: 'Writing a tutorial created for week of release.' },
        IN_APP_BANNER,
        INTERNAL_AMPLIFY,
        EXTERNAL_PARTIES,
      ],
    },
    {
      key: 'major',
      name: 'Major',
      rank: 1,
      description:
        'Major announcements involve changes which have a noticeable impact on the experience of most users, or require specific action from affected users. They may introduce new features, require product downtime, or include opt-in betas for upcoming work.',
      items: [
        TELL_MARKETING,
        { id: 'array-headline', title: 'Including them as the primary headline items in Array.' },
        { id: 'social-thread', title: 'Writing a Twitter thread and LinkedIn post.' },
        { id: 'founder-thread', title: 'Writing a Twitter thread posted by @james406.' },
        { id: 'dedicated-blog-post', title: 'Writing a dedicated blog post.' },
        { id: 'targeted-emails-all', title: 'Sending targeted emails to all or affected users.' },
        {
          id: 'slack-community-posthog-here',
          title: 'Posting in the PostHog user Slack group with a @here tag.',
        },
        { id: 'tutorial-day-of-release', title: 'Writing a tutorial for day of release.' },
        { id: 'landing-page', title: 'Creating a dedicated landing page.' },
        IN_APP_BANNER,
        { id: 'website-banner', title: 'Creating on-site banner for all visitors.' },
        {
          id: 'third-party-listings',
          title: 'Updating any third-party sites or listings, such as G2.com or StackShare.',
        },
        INTERNAL_AMPLIFY,
        EXTERNAL_PARTIES,
      ],
    },
  ],
};

const AGREE_TIER: BuiltInItem = {
  id: 'agree-tier',
  title:
    'Which tier applies is agreed upon by the Marketing and Product teams and agreement should be sought as early as possible if Marketing support is expected.',
};
const NEWSLETTER: BuiltInItem = { id: 'newsletter', title: 'Including the news in the PostHog newsletter.' };
const ARRAY_UPDATES: BuiltInItem = {
  id: 'array-updates',
  title: 'Including the news in PostHog Array updates.',
};

/** "Product announcements", the earlier edition (handbook page 000). */
export const HANDBOOK_EARLIER: BuiltInEdition = {
  id: 'handbook-earlier',
  name: 'Handbook (earlier)',
  tiers: [
    {
      key: 'tier-3',
      name: 'Tier 3: Service features',
      rank: 3,
      description:
        'Service features are those which introduce changes which we do not expect to have a noticeable impact for a majority of users.',
      items: [AGREE_TIER, NEWSLETTER, ARRAY_UPDATES],
    },
    {
      key: 'tier-2',
      name: 'Tier 2: Core features',
      rank: 2,
      description:
        'Core features are those which introduce changes which we expect to have a noticeable impact for a larger subset of users, but not a majority.',
      items: [
        AGREE_TIER,
        {
          id: 'blog-within-week',
          title: 'Creating a blog announcement about the feature within one week of launch.',
        },
        {
          id: 'blog-slack-editorial',
          title: 'Sharing the blog announcement with the Slack community via the #Editorial channel.',
        },
        { id: 'blog-social', title: "Sharing the blog announcement on PostHog's social media channels." },
        INTERNAL_AMPLIFY,
        {
          id: 'blog-external-parties-partners',
          title:
            'If relevant, sharing the blog announcement with other external parties, such as integration partners or PPC agencies.',
        },
        { id: 'website-assets', title: 'Updating any required assets on PostHog.com.' },
        NEWSLETTER,
        ARRAY_UPDATES,
      ],
    },
    {
      key: 'tier-1',
      name: 'Tier 1: Major features',
      rank: 1,
      description:
        'Major features are those which introduce changes which we expect to have noticeable impact for a majority of users or which would represent reasons why prospective users would choose PostHog.',
      items: [
        AGREE_TIER,
        {
          id: 'blog-within-24-hours',
          title: 'Creating a blog announcement about the feature within 24 hours of launch.',
        },
        {
          id: 'blog-slack-general',
          title: 'Sharing the blog announcement with the Slack community via the #General channel.',
        },
        {
          id: 'blog-social-first-week',
          title:
            "Sharing the blog announcement on PostHog's social media channels and scheduling further posts in the first week.",
        },
        INTERNAL_AMPLIFY,
        {
          id: 'blog-external-parties-partner',
          title:
            'If relevant, sharing the blog announcement with other external parties, such as an integration partner or PPC agencies.',
        },
        {
          id: 'follow-on-blog',
          title: 'Creating a follow-on blog article about the feature within three weeks of launch.',
        },
        {
          id: 'third-party-listings',
          title: 'Updating any third-party sites or listings, such as G2.com or StackShare.',
        },
        { id: 'pr-coordination', title: 'Coordinating PR and external communications if required.' },
        { id: 'website-assets', title: 'Updating any required assets on PostHog.com.' },
        NEWSLETTER,
        ARRAY_UPDATES,
      ],
    },
  ],
};
