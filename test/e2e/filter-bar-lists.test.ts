import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS } from '../../shared/types';
import { openApp, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { FilterBar } from './pages/filter-bar';
import { PeoplePage } from './pages/people-page';

const LAUNCH = 'Session replay';
const OWN_ITEM = 'Partner newsletter';

// The bar keeps its lists while their contents stay the same, so a drop does not render it again
// (issue 13). These stories hold it to showing every change of what the plan names.
describe('the filter bar offers the teams, owners and tiers the plan names, as it changes', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let filters: FilterBar;

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    filters = new FilterBar(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: LAUNCH, tier: 'Major', launchDate: '2026-12-08' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-08', LAUNCH);
  });
  afterAll(async () => {
    await app.close();
  });

  it('offers the handbook’s teams and the active set’s tiers to begin with', async () => {
    await filters.root.waitFor();
    expect(await filters.options('Team')).toEqual(['Any team', ...TEAMS]);
    expect(await filters.options('Tier')).toEqual(['Any tier', 'Minor', 'Medium', 'Major']);
    expect(await filters.options('Owner')).toEqual(['Anyone']);
  });

  it('offers a team as soon as an item names it, and keeps it through a drag of its launch', async () => {
    const panel = await calendar.openItem('2026-12-08', LAUNCH);
    await panel.getByRole('button', { name: 'Add your own item…' }).click();
    await panel.getByLabel('Item', { exact: true }).fill(OWN_ITEM);
    await panel.getByLabel('Due', { exact: true }).fill('2026-12-06');
    await panel.getByLabel('Team', { exact: true }).fill('Partnerships');
    await panel.getByRole('button', { name: 'Add item' }).click();
    await panel.getByRole('checkbox', { name: OWN_ITEM, exact: true }).waitFor();
    await expect.poll(() => filters.options('Team')).toEqual(['Any team', ...TEAMS, 'Partnerships']);

    await calendar.dragItem('2026-12-08', LAUNCH, '2026-12-09');
    await calendar.expectItemOn('2026-12-09', LAUNCH);
    expect(await filters.options('Team')).toEqual(['Any team', ...TEAMS, 'Partnerships']);
    expect(await filters.options('Tier')).toEqual(['Any tier', 'Minor', 'Medium', 'Major']);
  });

  it('drops the team once no item names it', async () => {
    const panel = await calendar.openItem('2026-12-09', LAUNCH);
    await panel.getByRole('button', { name: `Delete ${OWN_ITEM}` }).click();
    await panel.getByRole('checkbox', { name: OWN_ITEM, exact: true }).waitFor({ state: 'detached' });
    await expect.poll(() => filters.options('Team')).toEqual(['Any team', ...TEAMS]);
  });

  it('offers a person added in Settings → People as an owner', async () => {
    const people = await PeoplePage.open(app.page);
    await people.add('Ana', { team: 'Marketing' });
    await people.close();
    await expect.poll(() => filters.options('Owner')).toEqual(['Anyone', 'Ana']);
  });
});
