import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRadicale, type CalDavServer } from '../caldav/servers';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';
import { MassDeleteQuestion, TeamCalendarPage, teamCalendarStatus } from './pages/team-calendar-page';
import { openDesktopApp, type StandInBridge } from './stand-in-bridge';
import { serverObjects, teammateMovesAllDay } from './team-calendar-server';

const puts = (log: string[]) => log.filter((line) => line.startsWith('PUT '));

describe('publishing the plan to a team calendar (stand-in bridge, real sync engine, Radicale)', () => {
  let server: CalDavServer;
  let app: AppSession;
  let bridge: StandInBridge;
  let desktop: Awaited<ReturnType<typeof openDesktopApp>> | undefined;

  beforeAll(async () => {
    server = await startRadicale();
    desktop = await openDesktopApp();
    ({ app, bridge } = desktop);
  });
  afterAll(async () => {
    await desktop?.close();
    await server?.dispose();
  });

  it('connects, creates "Tierline", publishes, asks before a mass delete, sends one PUT per edit and takes a teammate’s move', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Session replay', tier: 'Minor', launchDate: '2026-12-03' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-03', 'Session replay');

    const team = await TeamCalendarPage.open(page);
    await team.connect({ serverUrl: server.url, user: server.user, password: server.password });
    await team.useCalendar('A new calendar named “Tierline”');
    await team
      .status()
      .filter({ hasText: /^Synced \d\d:\d\d$/ })
      .waitFor({ timeout: 20_000 });
    const first = await serverObjects(server);
    expect(first.some((object) => /^SUMMARY:Session replay\r?$/m.test(object.text ?? ''))).toBe(true);
    // The launch and its checklist's due dates (published as all-day events by default).
    expect(first.length).toBeGreaterThan(1);
    await screenshot(page, 'team-calendar-settings');
    await expectNoAxeViolations(page, 'dialog[open]');

    // Unticking checklist items would delete most of what was published: the guard asks first.
    await team.setKindPublished('Checklist items', false);
    const question = new MassDeleteQuestion(page);
    await question.root.waitFor({ timeout: 20_000 });
    await question.root.getByText(`would delete ${first.length - 1} of the ${first.length} events`).waitFor();
    expect(await serverObjects(server)).toHaveLength(first.length);
    await screenshot(page, 'team-calendar-mass-delete');
    await expectNoAxeViolations(page, 'dialog[role="alertdialog"]');
    await question.deleteThem();
    await question.root.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await serverObjects(server)).length, { timeout: 20_000 }).toBe(1);
    await team.close();
    await teamCalendarStatus(page)
      .filter({ hasText: /^Synced \d\d:\d\d$/ })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'team-calendar-toolbar-synced');
    // Idle: nothing changed, so nothing more is asked of the server (no sync loop on its own answers).
    const idle = bridge.log.length;
    await page.waitForTimeout(7000);
    expect(bridge.log.slice(idle)).toEqual([]);

    // An edit reaches the server by itself, as exactly one PUT.
    const before = puts(bridge.log).length;
    const panel = await calendar.openItem('2026-12-03', 'Session replay');
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit announcement' });
    await edit.getByLabel('Summary').fill('Watch real sessions, now on mobile too.');
    await edit.getByRole('button', { name: 'Save' }).click();
    await teamCalendarStatus(page).filter({ hasText: '1 change waiting' }).waitFor();
    await expect
      .poll(async () => (await serverObjects(server))[0]?.text ?? '', { timeout: 20_000 })
      .toContain('now on mobile too');
    await teamCalendarStatus(page)
      .filter({ hasText: /^Synced/ })
      .waitFor();
    expect(puts(bridge.log).length - before).toBe(1);

    // A teammate drags the launch to 5 Dec in their own calendar; Sync now takes it like a drag.
    await teammateMovesAllDay(server, 'Session replay', '2026-12-05');
    await teamCalendarStatus(page).click();
    const reopened = new TeamCalendarPage(page);
    await reopened.syncNow();
    await page
      .getByText('Moved by the team calendar: Session replay, 3 → 5 Dec')
      .waitFor({ timeout: 20_000 });
    await reopened.close();
    await calendar.expectItemOn('2026-12-05', 'Session replay');
    await screenshot(page, 'team-calendar-moved');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await calendar.expectItemOn('2026-12-03', 'Session replay');
    // Undo is a local change like any other: Tierline publishes 3 Dec again.
    await expect
      .poll(async () => (await serverObjects(server))[0]?.text ?? '', { timeout: 20_000 })
      .toMatch(/^DTSTART;VALUE=DATE:20261203\r?$/m);
  });

  it('queues changes while the server is away and publishes them when it answers; a change on both sides is a conflict', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const editSummary = async (summary: string) => {
      const panel = await calendar.openItem('2026-12-03', 'Session replay');
      await panel.getByRole('button', { name: 'Edit', exact: true }).click();
      const edit = page.getByRole('dialog', { name: 'Edit announcement' });
      await edit.getByLabel('Summary').fill(summary);
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.waitFor({ state: 'hidden' });
    };
    await teamCalendarStatus(page)
      .filter({ hasText: /^Synced/ })
      .waitFor({ timeout: 20_000 });

    await server.stop();
    await editSummary('Written on a train.');
    await teamCalendarStatus(page)
      .filter({ hasText: 'Offline: 1 change waiting' })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'team-calendar-toolbar-offline');
    await server.start();
    await teamCalendarStatus(page).click();
    const team = new TeamCalendarPage(page);
    await team.syncNow();
    await team
      .status()
      .filter({ hasText: /^Synced/ })
      .waitFor({ timeout: 20_000 });
    await team.close();
    expect((await serverObjects(server))[0]?.text).toContain('Written on a train.');

    // A teammate moves it while the planner edits it: Tierline keeps its version and says so.
    await teammateMovesAllDay(server, 'Session replay', '2026-12-07');
    await editSummary('Edited here at the same time.');
    await expect
      .poll(async () => (await serverObjects(server))[0]?.text ?? '', { timeout: 20_000 })
      .toContain('Edited here at the same time.');
    expect((await serverObjects(server))[0]?.text).toMatch(/^DTSTART;VALUE=DATE:20261203\r?$/m);
    await calendar.expectItemOn('2026-12-03', 'Session replay');
    await page.getByRole('button', { name: /Conflicts \(/ }).click();
    const conflicts = page.getByRole('complementary', { name: 'Conflicts' });
    await conflicts.getByRole('heading', { name: 'Team calendar (1)' }).waitFor();
    await conflicts.getByText('Changed on both sides').waitFor();
    await conflicts
      .getByText(/^Session replay: changed in Tierline and moved in the team calendar/)
      .waitFor();
    await screenshot(page, 'team-calendar-conflict');
  });
});

describe('hostile input: team calendar settings in the app', () => {
  let server: CalDavServer;
  let app: AppSession;
  let bridge: StandInBridge;
  let desktop: Awaited<ReturnType<typeof openDesktopApp>> | undefined;

  beforeAll(async () => {
    server = await startRadicale();
    desktop = await openDesktopApp();
    ({ app, bridge } = desktop);
  });
  afterAll(async () => {
    await desktop?.close();
    await server?.dispose();
  });

  async function expectStillUsable(): Promise<void> {
    const calendar = new CalendarPage(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.cancel();
  }

  it('a wrong app password shows the sign-in message and stores nothing', async () => {
    const { page } = app;
    const before = await readPlanSnapshot(page);
    const team = await TeamCalendarPage.open(page);
    await team.connect({ serverUrl: server.url, user: server.user, password: 'not the password' });
    await team.expectMessage(/^Sign-in failed: check the app password/);
    await screenshot(page, 'team-calendar-wrong-password');
    // The refused sign-in is still typed: closing asks before dropping it.
    await team.discardAndClose();
    await expectPlanUnchanged(page, before);
    await expectStillUsable();
  });

  it('a plain-http server elsewhere is refused before anything is sent', async () => {
    const { page } = app;
    const before = await readPlanSnapshot(page);
    const sent = bridge.log.length;
    const team = await TeamCalendarPage.open(page);
    await team.connect({ serverUrl: 'http://calendar.example.com/dav', user: 'ana', password: 'pw' });
    await team.expectMessage(/only https:\/\/ calendar servers are allowed/);
    expect(bridge.log.length).toBe(sent);
    // The refused sign-in is still typed: closing asks before dropping it.
    await team.discardAndClose();
    await expectPlanUnchanged(page, before);
    await expectStillUsable();
  });

  it('a URL with the password inside it is refused', async () => {
    const { page } = app;
    const before = await readPlanSnapshot(page);
    const team = await TeamCalendarPage.open(page);
    await team.connect({
      serverUrl: 'https://ana:secret@calendar.example.com/',
      user: 'ana',
      password: 'pw',
    });
    await team.expectMessage(/must not contain a user name or password/);
    // The refused sign-in is still typed: closing asks before dropping it.
    await team.discardAndClose();
    await expectPlanUnchanged(page, before);
    await expectStillUsable();
  });

  it('a server that is down says it cannot be reached', async () => {
    const { page } = app;
    await server.stop();
    const before = await readPlanSnapshot(page);
    const team = await TeamCalendarPage.open(page);
    await team.connect({ serverUrl: server.url, user: server.user, password: server.password });
    await team.expectMessage(/cannot reach 127\.0\.0\.1/);
    // The refused sign-in is still typed: closing asks before dropping it.
    await team.discardAndClose();
    await expectPlanUnchanged(page, before);
    await expectStillUsable();
    await server.start();
  });
});

describe('team calendar in browser mode', () => {
  it('says plainly that it needs the desktop app or the command line, and why', async () => {
    const app = await openApp();
    try {
      const team = await TeamCalendarPage.open(app.page);
      await team.root.getByText(/Team calendars need the desktop app or the command line/).waitFor();
      await team.root.getByText(/may only talk to the site it was loaded from/).waitFor();
      expect(await team.root.getByLabel('App password').count()).toBe(0);
      await expectNoAxeViolations(app.page, 'dialog[open]');
    } finally {
      await app.close();
    }
  });
});
