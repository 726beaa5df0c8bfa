import type { Channel, DueOffset } from '../types';

/** What the words of a checklist item say about where it goes, who owns it and when it is due. */
export type ItemDetails = { channel: Channel; team: string; offset: DueOffset };

type ChannelRule = { pattern: RegExp; channel: Channel; team: string; offset: DueOffset };

const launch = (days: number): DueOffset => ({ kind: 'launch', days });

/*
 * Why these channels, teams and defaults. The marketing overview (002) names the owning teams:
 * Content & Docs (content marketing, SEO, docs; its handbook hosts the newsletter), Words &
 * Pictures (product marketing, artwork, paid ads, events, email) and Website & Vibes (website,
 * community). The announcement pages give a time for only a few items; the rest get a default.
 *
 * | words in the item                        | channel         | team                 | due (days after launch) | why                                                  |
 * |------------------------------------------|-----------------|----------------------|-------------------------|------------------------------------------------------|
 * | #team-marketing / agreement … sought     | team-marketing  | Product              | -28                     | "the first step"; "as early as possible"             |
 * | @james406                                | twitter         | Founder (@james406)  | 0                       | the thread is posted from James' own account         |
 * | internally / colleagues                  | internal-slack  | Words & Pictures     | 0                       | amplifies the social posts, same day                 |
 * | external parties / partners / PPC        | partners        | Words & Pictures     | +7                      | paid ads and partners follow the launch week         |
 * | third-party sites / listings / G2        | listings        | Words & Pictures     | +7                      | product marketing; no rush, inside launch week       |
 * | PR / press                               | pr              | Words & Pictures     | -7                      | press needs the news before it is public (embargo)   |
 * | Array                                    | array           | Words & Pictures     | next Array edition      | the monthly changelog carries it in its next issue   |
 * | newsletter                               | newsletter      | Content & Docs       | +7                      | the next newsletter after launch                     |
 * | Slack community / user Slack group       | slack-community | Website & Vibes      | 0                       | community; posted on launch day                      |
 * | in-app banner                            | in-app-banner   | Words & Pictures     | 0                       | artwork; live when the feature is                    |
 * | on-site / website banner                 | website-banner  | Website & Vibes      | 0                       | live on launch day                                   |
 * | Notification Bar / service message       | notification-bar / service-message | Website & Vibes | 0              | maintenance comms (timed elsewhere)                  |
 * | landing page                             | landing-page    | Website & Vibes      | -1                      | must be live before launch traffic arrives           |
 * | tutorial                                 | tutorial        | Content & Docs       | 0                       | "for day of release" is the handbook's own default   |
 * | docs / documentation                     | docs            | Content & Docs       | 0                       | docs ship with the feature                           |
 * | email                                    | email           | Words & Pictures     | 0                       | email marketing; on launch day                       |
 * | Twitter / LinkedIn / social media        | twitter, linkedin | Words & Pictures   | 0                       | social posts go out on launch day                    |
 * | blog                                     | blog            | Content & Docs       | 0                       | a launch post with no stated time is due on the day  |
 * | PostHog.com / website / assets           | website         | Website & Vibes      | 0                       | site copy matches the product on launch day          |
 * | influencers / creators                   | influencers     | Words & Pictures     | +14                     | sponsored creators need lead time after launch       |
 * | events / talks                           | events          | Words & Pictures     | +14                     | as above                                             |
 * | anything else                            | other           | Marketing            | 0                       |                                                      |
 *
 * Order matters: the first rule that matches wins, so "sharing links to the social media
 * announcement internally via Slack" is internal-slack, not twitter, and "sharing the blog
 * announcement with the Slack community" is slack-community, not blog.
 */
const CHANNEL_RULES: readonly ChannelRule[] = [
  {
    pattern: /#team-marketing|agreement should be sought|\bagree\b.*\btier\b/i,
    channel: 'team-marketing',
    team: 'Product',
    offset: launch(-28),
  },
  { pattern: /@james406/i, channel: 'twitter', team: 'Founder (@james406)', offset: launch(0) },
  {
    pattern: /\binternally\b|\bcolleagues\b/i,
    channel: 'internal-slack',
    team: 'Words & Pictures',
    offset: launch(0),
  },
  {
    pattern: /external parties|\bpartners?\b|\bPPC\b/i,
    channel: 'partners',
    team: 'Words & Pictures',
    offset: launch(7),
  },
  {
    pattern: /third-party|\blistings?\b|\bG2\b|StackShare/i,
    channel: 'listings',
    team: 'Words & Pictures',
    offset: launch(7),
  },
  { pattern: /\bPR\b|\bpress\b/, channel: 'pr', team: 'Words & Pictures', offset: launch(-7) },
  { pattern: /\barray\b/i, channel: 'array', team: 'Words & Pictures', offset: { kind: 'next-array' } },
  { pattern: /\bnewsletter\b/i, channel: 'newsletter', team: 'Content & Docs', offset: launch(7) },
  {
    pattern: /\bslack (community|group)\b|\bcommunity\b/i,
    channel: 'slack-community',
    team: 'Website & Vibes',
    offset: launch(0),
  },
  { pattern: /\bin-app\b/i, channel: 'in-app-banner', team: 'Words & Pictures', offset: launch(0) },
  {
    pattern: /\b(on-site|site|website)\s+banner\b|banner for all visitors/i,
    channel: 'website-banner',
    team: 'Website & Vibes',
    offset: launch(0),
  },
  { pattern: /notification bar/i, channel: 'notification-bar', team: 'Website & Vibes', offset: launch(0) },
  { pattern: /service[- ]message/i, channel: 'service-message', team: 'Website & Vibes', offset: launch(0) },
  { pattern: /landing page/i, channel: 'landing-page', team: 'Website & Vibes', offset: launch(-1) },
  { pattern: /\btutorials?\b/i, channel: 'tutorial', team: 'Content & Docs', offset: launch(0) },
  { pattern: /\bdocs\b|\bdocumentation\b/i, channel: 'docs', team: 'Content & Docs', offset: launch(0) },
  { pattern: /\be-?mails?\b/i, channel: 'email', team: 'Words & Pictures', offset: launch(0) },
  {
    pattern: /\btwitter\b|\btweets?\b|social media/i,
    channel: 'twitter',
    team: 'Words & Pictures',
    offset: launch(0),
  },
  { pattern: /\blinkedin\b/i, channel: 'linkedin', team: 'Words & Pictures', offset: launch(0) },
  { pattern: /\bblog\b/i, channel: 'blog', team: 'Content & Docs', offset: launch(0) },
  {
    pattern: /posthog\.com|\bwebsite\b|\bassets\b/i,
    channel: 'website',
    team: 'Website & Vibes',
    offset: launch(0),
  },
  {
    pattern: /\binfluencers?\b|\bcreators?\b/i,
    channel: 'influencers',
    team: 'Words & Pictures',
    offset: launch(14),
  },
  {
    pattern: /\bevents?\b|\btalks?\b|\bconference\b/i,
    channel: 'events',
    team: 'Words & Pictures',
    offset: launch(14),
  },
];

const FALLBACK: ItemDetails = { channel: 'other', team: 'Marketing', offset: launch(0) };

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

// The handbook's own time phrases: "within 24 hours of launch", "within one week of launch",
// "within three weeks of launch", "for day of release", "created for week of release".
const WITHIN =
  /\bwithin\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(hours?|days?|weeks?)\b/i;
const DAY_OF_RELEASE = /\b(for|on)\s+(the\s+)?day\s+of\s+(release|launch)\b|\blaunch day\b/i;
const WEEK_OF_RELEASE = /\b(for|in)\s+(the\s+)?week\s+of\s+(release|launch)\b/i;

function parseCount(word: string): number | undefined {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
}

/** The whole days a time phrase in `title` asks for, or undefined when it names no time. */
export function inferDueDays(title: string): number | undefined {
  if (DAY_OF_RELEASE.test(title)) return 0;
  if (WEEK_OF_RELEASE.test(title)) return 7;
  const match = WITHIN.exec(title);
  if (!match) return undefined;
  const count = parseCount(match[1] ?? '');
  if (count === undefined) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  // Hours round up to whole days: "within 24 hours" is the day after launch.
  if (unit.startsWith('hour')) return Math.max(1, Math.ceil(count / 24));
  return unit.startsWith('week') ? count * 7 : count;
}

/**
 * Reads a checklist item's words and says which channel it uses, which team owns it by default
 * and when it is due relative to launch. Never fails: unknown words give channel `other`, team
 * `Marketing`, due on launch day. A time phrase in the words beats the channel's default.
 */
export function inferItemDetails(title: string): ItemDetails {
  const rule = CHANNEL_RULES.find((candidate) => candidate.pattern.test(title));
  const base: ItemDetails = rule ? { channel: rule.channel, team: rule.team, offset: rule.offset } : FALLBACK;
  const days = inferDueDays(title);
  const offset: DueOffset = days === undefined ? { ...base.offset } : launch(days);
  const team = /customer success/i.test(title) ? 'Customer Success' : base.team;
  return { channel: base.channel, team, offset };
}

// Items that share something made by another item in the same tier can not be due before it:
// "sharing the blog announcement" waits for the blog, and sharing "the social media
// announcement" internally waits for the social posts (which may themselves wait for the blog).
const DEPENDENCIES: readonly {
  dependent: RegExp;
  source: (details: ItemDetails, title: string) => boolean;
}[] = [
  {
    dependent: /\bthe blog (announcement|post)\b/i,
    source: (details, title) => details.channel === 'blog' && !/follow-on/i.test(title),
  },
  {
    dependent: /\bthe social media announcement\b/i,
    source: (details) => details.channel === 'twitter' || details.channel === 'linkedin',
  },
];

/**
 * Infers the details of every item of one tier (see inferItemDetails), then moves items that
 * share another item's work to no earlier than that item's due day. The result lines up with
 * `titles` one to one.
 */
export function inferTierItemDetails(titles: readonly string[]): ItemDetails[] {
  const details = titles.map((title) => inferItemDetails(title));
  for (const { dependent, source } of DEPENDENCIES) {
    const sourceDays = details
      .filter(
        (item, index) =>
          source(item, titles[index] ?? '') &&
          !dependent.test(titles[index] ?? '') &&
          item.offset.kind === 'launch',
      )
      .map((item) => (item.offset.kind === 'launch' ? item.offset.days : 0));
    if (sourceDays.length === 0) continue;
    const earliestReady = Math.min(...sourceDays);
    details.forEach((item, index) => {
      if (item.offset.kind !== 'launch' || !dependent.test(titles[index] ?? '')) return;
      if (item.offset.days < earliestReady) item.offset = launch(earliestReady);
    });
  }
  return details;
}
