import type { PublishIo } from '../../../shared/cli/run-publish';
import { CalDavAccount } from './caldav-account';

/**
 * The CLI's connection: signs in, discovers the calendar home, and finds the calendar by display
 * name, creating it only when `create` is set (a dry run creates nothing).
 */
export const connectCalendar: PublishIo['connectCalendar'] = async (request) => {
  const account = await CalDavAccount.connect({
    serverUrl: request.serverUrl,
    user: request.user,
    password: request.password,
  });
  const found = (await account.calendars()).find((calendar) => calendar.displayName === request.calendarName);
  if (!found && !request.create) return null;
  const calendar = found ?? (await account.findOrCreateCalendar(request.calendarName));
  return { calendarUrl: calendar.url, transport: account.transport(calendar.url) };
};
