import { CHANNELS, type Channel } from '../../../shared/types';

// The words the marketing overview and the handbook use, not the storage ids.
const LABELS: Record<Channel, string> = {
  'team-marketing': '#team-marketing',
  blog: 'Blog',
  newsletter: 'Newsletter',
  array: 'Array',
  twitter: 'Twitter/X',
  linkedin: 'LinkedIn',
  'slack-community': 'Slack community',
  email: 'Email',
  tutorial: 'Tutorial',
  docs: 'Docs',
  'landing-page': 'Landing page',
  'in-app-banner': 'In-app banner',
  'website-banner': 'Website banner',
  website: 'Website',
  listings: 'Listings',
  partners: 'Partners',
  'internal-slack': 'Internal Slack',
  pr: 'PR',
  influencers: 'Influencers',
  events: 'Events',
  'notification-bar': 'Notification Bar',
  'service-message': '/service-message',
  other: 'Other',
};

/** How a channel is written for people. */
export function channelLabel(channel: Channel): string {
  return LABELS[channel];
}

/** Every channel with its label, in the order of CHANNELS, for selects. */
export const CHANNEL_OPTIONS: readonly { value: Channel; label: string }[] = CHANNELS.map((value) => ({
  value,
  label: LABELS[value],
}));
