import type { Locator, Page } from 'playwright-core';
import { DiscardQuestion } from './discard-question';

/** Settings → Team calendar, as a planner uses it. */
export class TeamCalendarPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Team calendar' });
  }

  /** Opens it the way a planner finds it: Settings, then Team calendar…. */
  static async open(page: Page): Promise<TeamCalendarPage> {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('button', { name: 'Team calendar…' })
      .click();
    const dialog = new TeamCalendarPage(page);
    await dialog.root.waitFor();
    return dialog;
  }

  async connect(account: { serverUrl: string; user: string; password: string }): Promise<void> {
    await this.root.getByLabel('Server URL').fill(account.serverUrl);
    await this.root.getByLabel('User name').fill(account.user);
    await this.root.getByLabel('App password').fill(account.password);
    await this.root.getByRole('button', { name: 'Connect' }).click();
  }

  /** Picks a calendar Connect listed (or "A new calendar named “Tierline”") and uses it. */
  async useCalendar(label: string | RegExp): Promise<void> {
    await this.root.getByRole('radio', { name: label }).check();
    await this.root.getByRole('button', { name: 'Use this calendar' }).click();
    await this.root.getByRole('heading', { name: /^Publishing to/ }).waitFor();
  }

  /** The sync line inside the dialog, e.g. "Synced 10:42". */
  status(): Locator {
    return this.root.locator('.team-calendar__status');
  }

  async syncNow(): Promise<void> {
    await this.root.getByRole('button', { name: 'Sync now' }).click();
  }

  /** Unticks (or ticks) a kind of item in "What is published". */
  async setKindPublished(kind: string, published: boolean): Promise<void> {
    await this.root
      .getByRole('group', { name: 'Kinds' })
      .getByRole('checkbox', { name: kind })
      .setChecked(published);
  }

  async expectMessage(text: string | RegExp): Promise<void> {
    await this.root.getByRole('alert').filter({ hasText: text }).first().waitFor();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  /** Cancel with the sign-in form still filled (a refused Connect): it asks first, and the planner discards. */
  async discardAndClose(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await new DiscardQuestion(this.root).discard();
    await this.root.waitFor({ state: 'hidden' });
  }
}

/** The toolbar's team-calendar status button ("Synced 10:42", "3 changes waiting"…). */
export function teamCalendarStatus(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Plan actions' }).locator('.team-calendar-status');
}

/** The mass-delete question the guard asks before a sync deletes many events. */
export class MassDeleteQuestion {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('alertdialog', { name: /^Delete \d+ events? from the team calendar\?$/ });
  }

  async keep(): Promise<void> {
    await this.root.getByRole('button', { name: 'Keep them' }).click();
  }

  async deleteThem(): Promise<void> {
    await this.root.getByRole('button', { name: /^Delete \d+ events?$/ }).click();
  }
}
