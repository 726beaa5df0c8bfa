import ICAL from 'ical.js';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import type { IcsReminder } from '../../../shared/export/ics-reminders';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { announcement, exportInput, item, maintenanceWindow, NOW, settings } from './records';
import { calendarDay, utcInstant } from '../../dates';

type Alarm = {
  component: string;
  uid: string;
  action: string;
  trigger: string;
  related: string | null;
  description: string;
};

/** Every VALARM in an ICS text, read with ical.js: which component it sits in and its trigger. */
function alarms(text: string): Alarm[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents().flatMap((component) =>
    component.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstProperty('trigger');
      return {
        component: component.name,
        uid: String(component.getFirstPropertyValue('uid')),
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: String(trigger?.getFirstValue()),
        related: (trigger?.getParameter('related') as string | undefined) ?? null,
        description: String(alarm.getFirstPropertyValue('description')),
      };
    }),
  );
}

// One open all-day item (due 2026-12-01), one done item and one open timed maintenance message.
const input = exportInput({
  items: [
    ...exportInput().items,
    item({
      id: 'w1:notice',
      parentId: 'w1',
      parentKind: 'maintenance',
      title: 'Service message',
      dueDate: calendarDay('2026-12-04'),
      dueAt: utcInstant('2026-12-04T10:30:00.000Z'),
    }),
  ],
});

function exported(reminders?: IcsReminder, tasks: 'events' | 'todos' = 'events'): string {
  return exportIcs(input, reminders === undefined ? { tasks } : { tasks, reminders });
}

describe('reminders in ICS exports', () => {
  it('adds none unless asked', () => {
    expect(exported()).not.toContain('VALARM');
    expect(exported('none')).toBe(exported());
  });

  it('reminds owners of open items only, with a display alarm on each item event', () => {
    expect(alarms(exported('1d'))).toEqual([
      {
        component: 'vevent',
        uid: 'a1:blog@tierline',
        action: 'DISPLAY',
        trigger: '-PT15H',
        related: null,
        description: 'Due: Writing a dedicated blog post (Session replay for mobile)',
      },
      {
        component: 'vevent',
        uid: 'w1:notice@tierline',
        action: 'DISPLAY',
        trigger: '-P1D',
        related: null,
        description: 'Due: Service message (EU Cloud database upgrade)',
      },
    ]);
  });

  it('goes off at 09:00 for all-day items and before the due time for timed ones', () => {
    const cases: [IcsReminder, string, string][] = [
      ['0d', 'PT9H', 'PT0S'],
      ['1d', '-PT15H', '-P1D'],
      ['2d', '-P1DT15H', '-P2D'],
      ['1w', '-P6DT15H', '-P7D'],
    ];
    for (const [reminder, allDay, timed] of cases) {
      expect(alarms(exported(reminder)).map((alarm) => alarm.trigger)).toEqual([allDay, timed]);
    }
    // Read back as a time: the all-day item, due Tue 1 Dec, reminds on Mon 30 Nov at 09:00.
    // The all-day event's start, as a time: ical.js keeps a date-only value a date when added to.
    const due = ICAL.Time.fromDateTimeString('2026-12-01T00:00:00');
    due.addDuration(ICAL.Duration.fromString('-PT15H'));
    expect(due.toString()).toBe('2026-11-30T09:00:00');
  });

  it('relates a task’s trigger to its due time, since a VTODO has no start', () => {
    const found = alarms(exported('2d', 'todos'));
    expect(found.map((alarm) => [alarm.component, alarm.related, alarm.trigger])).toEqual([
      ['vtodo', 'END', '-P1DT15H'],
      ['vtodo', 'END', '-P2D'],
    ]);
  });

  it('leaves out items of a cancelled launch, and never adds alarms to launches or windows', () => {
    const text = exportIcs(
      { ...input, announcements: [announcement({ status: 'cancelled' })], windows: [maintenanceWindow()] },
      { reminders: '1d' },
    );
    expect(alarms(text).map((alarm) => alarm.uid)).toEqual(['w1:notice@tierline']);
  });

  it('is read the same way by node-ical', () => {
    const parsed = ical.sync.parseICS(exported('1w', 'todos'));
    const read = Object.values(parsed)
      .filter((component) => component?.type === 'VTODO')
      .flatMap(
        (component) =>
          (component as { alarms?: { action: string; trigger: { val: string } }[] }).alarms ?? [],
      )
      .map((alarm) => [alarm.action, alarm.trigger.val]);
    expect(read).toEqual([
      ['DISPLAY', '-P6DT15H'],
      ['DISPLAY', '-P7D'],
    ]);
  });

  it('imports back into Tierline exactly as the same export without reminders', () => {
    const options = { timeZoneFallback: settings.timeZone, now: NOW };
    const plain = parseIcsForImport(exported(), options);
    const reminded = parseIcsForImport(exported('1d'), options);
    expect(reminded.skipped).toEqual([]);
    expect(reminded.warnings).toEqual(plain.warnings);
    // Only the line numbers (kept for error messages) move down by the alarms' lines.
    const withoutLines = (events: typeof plain.events) => events.map(({ line: _line, ...event }) => event);
    expect(withoutLines(reminded.events)).toEqual(withoutLines(plain.events));
    expect(reminded.events.length).toBeGreaterThan(0);
  });
});
