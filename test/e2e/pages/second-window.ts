import type { AppSession } from '../browser';
import { FIXED_NOW } from '../browser';
import { CalendarPage } from './calendar-page';

/**
 * A second window on the same plan: another tab of the same browser profile and origin, as a
 * planner gets by opening the browser-mode URL twice. Errors it throws are collected.
 */
export async function openSecondWindow(
  app: AppSession,
): Promise<{ calendar: CalendarPage; errors: string[] }> {
  const page = await app.context.newPage();
  await page.clock.setFixedTime(new Date(FIXED_NOW));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  const calendar = new CalendarPage(page);
  await calendar.toolbarButton('New announcement').waitFor();
  return { calendar, errors };
}
