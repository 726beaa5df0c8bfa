import { describe, expect, it } from 'vitest';
import { draftAdvanceEmail, draftServiceMessage, draftZones } from '../../../shared/maintenance/drafts';
import { makeWindow, windowFromLocal } from './builders';
import { utcInstant } from '../../dates';

// 22:00–02:00 UTC on 5/6 Dec 2026: 22:00 GMT in London, 17:00 EST in New York, 07:00 JST next day in Tokyo.
const window = makeWindow({
  start: utcInstant('2026-12-05T22:00:00.000Z'),
  end: utcInstant('2026-12-06T02:00:00.000Z'),
  timeZone: 'Europe/London',
  audienceZones: ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'UTC'],
  services: ['Ingestion', 'Query API'],
});

const HYPE =
  /!|exciting|amazing|seamless|game-chang|revolution|world-class|best-in-class|act now|don't miss/i;

function lineFor(text: string, label: string): string {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`- ${label}:`));
  if (!line) throw new Error(`no line for ${label} in\n${text}`);
  return line;
}

describe('draftZones', () => {
  it('puts the window zone first, then audience zones, then extra ones, once each, skipping UTC and unknown zones', () => {
    expect(draftZones(window, ['Asia/Tokyo', 'Australia/Sydney', 'Not/AZone'])).toEqual([
      'Europe/London',
      'America/New_York',
      'Asia/Tokyo',
      'Australia/Sydney',
    ]);
  });
});

describe('draftAdvanceEmail', () => {
  const { subject, body } = draftAdvanceEmail(window, { zones: [] });

  it('says when in UTC and in each zone, window zone first', () => {
    expect(lineFor(body, 'UTC')).toContain('Sat 5 Dec 2026, 22:00 UTC to Sun 6 Dec 2026, 02:00 UTC');
    expect(lineFor(body, 'Europe/London')).toContain('Sat 5 Dec 2026, 22:00 GMT');
    expect(lineFor(body, 'America/New_York')).toContain('Sat 5 Dec 2026, 17:00');
    expect(lineFor(body, 'America/New_York')).toContain('Sat 5 Dec 2026, 21:00');
    expect(lineFor(body, 'Asia/Tokyo')).toContain('Sun 6 Dec 2026, 07:00');
    const order = ['- UTC:', '- Europe/London:', '- America/New_York:', '- Asia/Tokyo:'].map((label) =>
      body.indexOf(label),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(body.split('- Europe/London:')).toHaveLength(2);
    expect(body).toContain('about 4 hours');
  });

  it('names the work and the services, points to /service-message, and has no hype', () => {
    expect(body).toContain(window.title);
    expect(body).toContain('Ingestion and Query API');
    expect(body).toContain('/service-message');
    expect(subject).toContain('Ingestion and Query API');
    expect(subject).toContain('22:00 UTC');
    expect(`${subject}\n${body}`).not.toMatch(HYPE);
  });

  it('quotes the extra zones it is asked for', () => {
    const withSydney = draftAdvanceEmail(window, { zones: ['Australia/Sydney'] }).body;
    expect(lineFor(withSydney, 'Australia/Sydney')).toContain('Sun 6 Dec 2026, 09:00');
  });

  it('tells downtime and degraded service apart, honestly', () => {
    const degraded = draftAdvanceEmail({ ...window, disruption: 'degraded' }, { zones: [] });
    const none = draftAdvanceEmail({ ...window, disruption: 'none' }, { zones: [] });
    expect(body).toMatch(/unavailable/);
    expect(degraded.body).toMatch(/slower/);
    expect(degraded.body).not.toMatch(/will be unavailable for the whole window/);
    expect(new Set([body, degraded.body, none.body]).size).toBe(3);
    expect(subject).toMatch(/downtime/i);
    expect(degraded.subject).not.toMatch(/downtime/i);
    for (const text of [degraded.body, none.body, degraded.subject]) expect(text).not.toMatch(HYPE);
  });

  it('says who it is for', () => {
    expect(body).toContain('because you use Ingestion and Query API');
    expect(draftAdvanceEmail({ ...window, audience: 'all' }, { zones: [] }).body).toContain('everyone');
  });

  it('shows each side of a daylight-saving change in its own offset', () => {
    const acrossChange = windowFromLocal('2026-10-24T23:00', '2026-10-25T03:00', 'Europe/London', {
      audienceZones: ['America/New_York'],
    });
    const text = draftAdvanceEmail(acrossChange, { zones: [] }).body;
    expect(lineFor(text, 'Europe/London')).toContain(
      'Sat 24 Oct 2026, 23:00 BST to Sun 25 Oct 2026, 03:00 GMT',
    );
    expect(lineFor(text, 'UTC')).toContain('Sat 24 Oct 2026, 22:00 UTC to Sun 25 Oct 2026, 03:00 UTC');
    expect(lineFor(text, 'America/New_York')).toContain('Sat 24 Oct 2026, 18:00');
    expect(text).toContain('about 5 hours');
  });
});

describe('draftServiceMessage', () => {
  const during = draftServiceMessage(window, { zones: [], phase: 'during' });
  const after = draftServiceMessage(window, { zones: [], phase: 'after' });

  it('during the work: what, when in every zone, what users notice, and that this page will be updated', () => {
    expect(during).toContain(window.title);
    expect(lineFor(during, 'UTC')).toContain('22:00 UTC');
    expect(lineFor(during, 'Asia/Tokyo')).toContain('07:00');
    expect(during).toMatch(/unavailable/);
    expect(during).toContain('/service-message');
    expect(during).not.toMatch(HYPE);
  });

  it('differs by disruption level', () => {
    const degraded = draftServiceMessage(
      { ...window, disruption: 'degraded' },
      { zones: [], phase: 'during' },
    );
    expect(degraded).toMatch(/slower/);
    expect(degraded).not.toEqual(during);
  });

  it('afterwards: says the maintenance is finished and none is underway', () => {
    expect(after).toMatch(/No maintenance is underway/i);
    expect(after).toMatch(/finished/);
    expect(after).not.toMatch(/in progress/i);
    expect(lineFor(after, 'UTC')).toContain('22:00 UTC');
    expect(after).not.toMatch(HYPE);
  });
});
