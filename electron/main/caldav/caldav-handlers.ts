import { IPC_CHANNELS } from '../../../shared/ipc';
import { IPC_ARGUMENT_SCHEMAS } from '../../../shared/ipc-validation';
import type { IpcHandler } from '../ipc-guard';
import { guard } from '../ipc-guard';
import type { TeamCalendarService } from './team-calendar-service';

type CalDavChannel =
  | typeof IPC_CHANNELS.connectTeamCalendar
  | typeof IPC_CHANNELS.chooseTeamCalendar
  | typeof IPC_CHANNELS.syncTeamCalendar
  | typeof IPC_CHANNELS.forgetTeamCalendar;

/**
 * The team-calendar channels: each refuses a sender outside the app and arguments outside its
 * schema (URL policy, sizes, shapes) before the service signs in or sends anything.
 */
export function createCalDavHandlers(service: TeamCalendarService): Record<CalDavChannel, IpcHandler> {
  const schemas = IPC_ARGUMENT_SCHEMAS;
  const { connectTeamCalendar, chooseTeamCalendar, syncTeamCalendar, forgetTeamCalendar } = IPC_CHANNELS;
  return {
    [connectTeamCalendar]: guard(connectTeamCalendar, schemas[connectTeamCalendar], ([request]) =>
      service.connect(request),
    ),
    [chooseTeamCalendar]: guard(chooseTeamCalendar, schemas[chooseTeamCalendar], ([request]) =>
      service.chooseCalendar(request),
    ),
    [syncTeamCalendar]: guard(syncTeamCalendar, schemas[syncTeamCalendar], ([request]) =>
      service.sync(request),
    ),
    [forgetTeamCalendar]: guard(forgetTeamCalendar, schemas[forgetTeamCalendar], () => service.forget()),
  };
}
