import type { AnnouncementStatus, Disruption, MaintenanceStatus } from '../types';

/*
 * What the sample quarter holds, as offsets from "today", so the plan a newcomer loads is always
 * around the day they load it: some launches behind them (done or late work), most ahead.
 * Titles read like the handbook's own product (PostHog), so tiers and channels make sense.
 */

/** A sample person: the planner can tell them apart from their own colleagues by these names. */
export type SamplePerson = { key: string; name: string; team: string };

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  { key: 'ana', name: 'Ana Sousa', team: 'Marketing' },
  { key: 'ben', name: 'Ben Okafor', team: 'Product' },
  { key: 'chloe', name: 'Chloe Martin', team: 'Content & Docs' },
  { key: 'dev', name: 'Dev Patel', team: 'Engineering' },
];

/** Who a generated item of each team goes to; teams not listed go to Ana (Marketing). */
export const SAMPLE_ASSIGNEE_BY_TEAM: Readonly<Record<string, string>> = {
  Marketing: 'ana',
  'Words & Pictures': 'chloe',
  'Content & Docs': 'chloe',
  'Website & Vibes': 'chloe',
  Product: 'ben',
  Engineering: 'dev',
  'Customer Success': 'ana',
};

export type SampleLaunch = {
  key: string;
  title: string;
  summary: string;
  /** Days from today. */
  day: number;
  time: string | null;
  set: 'current' | 'earlier';
  tierKey: string;
  product: string;
  marketing: string;
  status: AnnouncementStatus;
  /** How many of its past-due items stay open (late); the other past-due ones are done. */
  lateItems: number;
  /** How many items due later are already done (work started early). */
  earlyDone: number;
};

export const SAMPLE_LAUNCHES: readonly SampleLaunch[] = [
  {
    key: 'replay-filters',
    title: 'Session replay: saved filters',
    summary: 'Save a set of replay filters and share it with the team.',
    day: -19,
    time: null,
    set: 'current',
    tierKey: 'minor',
    product: 'ben',
    marketing: 'ana',
    status: 'launched',
    lateItems: 0,
    earlyDone: 0,
  },
  {
    key: 'flag-scheduling',
    title: 'Feature flags: scheduled rollouts',
    summary: 'Roll a flag out to more users on a schedule.',
    day: -11,
    time: '10:00',
    set: 'current',
    tierKey: 'medium',
    product: 'ben',
    marketing: 'ana',
    status: 'launched',
    lateItems: 2,
    earlyDone: 0,
  },
  {
    key: 'dashboard-dark',
    title: 'Dashboards in dark mode',
    summary: 'Every dashboard and insight follows the dark theme.',
    day: -4,
    time: null,
    set: 'current',
    tierKey: 'minor',
    product: 'dev',
    marketing: 'chloe',
    status: 'launched',
    lateItems: 1,
    earlyDone: 0,
  },
  {
    key: 'plugins-retirement',
    title: 'Legacy plugins retirement',
    summary: 'Apps replace the legacy plugin server; planned under the earlier Tier 1–3 scheme.',
    day: 3,
    time: null,
    set: 'earlier',
    tierKey: 'tier-2',
    product: 'dev',
    marketing: 'ana',
    status: 'planned',
    lateItems: 1,
    earlyDone: 1,
  },
  {
    key: 'cohort-csv',
    title: 'Cohorts: CSV export',
    summary: 'Download any cohort as a CSV file.',
    day: 6,
    time: null,
    set: 'current',
    tierKey: 'minor',
    product: 'ben',
    marketing: 'chloe',
    status: 'planned',
    lateItems: 0,
    earlyDone: 1,
  },
  {
    key: 'surveys-choice',
    title: 'Surveys: multiple choice questions',
    summary: 'Surveys can ask multiple choice and ranking questions.',
    day: 9,
    time: '10:00',
    set: 'current',
    tierKey: 'medium',
    product: 'ben',
    marketing: 'ana',
    status: 'planned',
    lateItems: 0,
    earlyDone: 2,
  },
  {
    key: 'mobile-replay',
    title: 'Session replay for mobile apps',
    summary: 'Replays for iOS and Android apps, with network and console logs.',
    day: 15,
    time: '16:00',
    set: 'current',
    tierKey: 'major',
    product: 'dev',
    marketing: 'ana',
    status: 'planned',
    lateItems: 1,
    earlyDone: 3,
  },
  {
    key: 'funnel-speed',
    title: 'Funnels: faster queries',
    summary: 'Funnels over large date ranges load in a fraction of the time.',
    day: 20,
    time: null,
    set: 'current',
    tierKey: 'minor',
    product: 'dev',
    marketing: 'chloe',
    status: 'planned',
    lateItems: 0,
    earlyDone: 0,
  },
  {
    key: 'warehouse-stripe',
    title: 'Data warehouse: Stripe source',
    summary: 'Join Stripe payments with product events in SQL.',
    day: 27,
    time: null,
    set: 'current',
    tierKey: 'medium',
    product: 'ben',
    marketing: 'ana',
    status: 'planned',
    lateItems: 0,
    earlyDone: 0,
  },
  {
    key: 'insight-shortcuts',
    title: 'Keyboard shortcuts in insights',
    summary: 'Build and edit insights without leaving the keyboard.',
    day: 38,
    time: null,
    set: 'current',
    tierKey: 'minor',
    product: 'dev',
    marketing: 'chloe',
    status: 'idea',
    lateItems: 0,
    earlyDone: 0,
  },
  {
    key: 'web-goals',
    title: 'Web analytics: conversion goals',
    summary: 'Define goals in web analytics and see them per page and channel.',
    day: 47,
    time: null,
    set: 'current',
    tierKey: 'medium',
    product: 'ben',
    marketing: 'ana',
    status: 'planned',
    lateItems: 0,
    earlyDone: 0,
  },
  {
    key: 'analytics-2',
    title: 'Product analytics 2.0',
    summary: 'A new query engine and insight editor for product analytics.',
    day: 62,
    time: '15:00',
    set: 'current',
    tierKey: 'major',
    product: 'ben',
    marketing: 'ana',
    status: 'planned',
    lateItems: 0,
    earlyDone: 1,
  },
];

export type SampleWindow = {
  key: string;
  title: string;
  /** Days from today, and the local start time (HH:mm) in the planner's zone. */
  day: number;
  start: string;
  /** Length in minutes. */
  minutes: number;
  disruption: Disruption;
  audience: 'all' | 'affected';
  services: string[];
  owner: string;
  status: MaintenanceStatus;
  notes: string;
};

export const SAMPLE_WINDOWS: readonly SampleWindow[] = [
  {
    key: 'cert-rotation',
    title: 'TLS certificate rotation',
    day: -6,
    start: '02:00',
    minutes: 60,
    disruption: 'none',
    audience: 'all',
    services: ['Load balancers'],
    owner: 'dev',
    status: 'done',
    notes: 'No user-visible impact expected.',
  },
  {
    key: 'db-upgrade',
    title: 'EU database upgrade',
    day: 8,
    start: '22:00',
    minutes: 180,
    disruption: 'downtime',
    audience: 'all',
    services: ['Ingestion', 'Dashboards', 'API'],
    owner: 'dev',
    status: 'planned',
    notes: 'Postgres major version upgrade on the EU cluster. Events are buffered and replayed after.',
  },
  {
    key: 'ingestion-migration',
    title: 'Ingestion pipeline migration',
    day: 22,
    start: '06:00',
    minutes: 240,
    disruption: 'degraded',
    audience: 'affected',
    services: ['Ingestion'],
    owner: 'dev',
    status: 'planned',
    notes: 'Events may arrive up to 30 minutes late while traffic moves to the new pipeline.',
  },
];
