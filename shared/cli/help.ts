export const MAIN_HELP = `Tierline: plan product announcements and maintenance communications.

Usage:
  tierline export --plan FILE --format FORMAT [options]
  tierline validate FILE
  tierline publish --plan FILE --caldav URL --user NAME [options]
  tierline help [COMMAND]

Commands:
  export     Write a plan file as an ICS calendar or a Markdown document.
  validate   Check a plan file or a full backup and list each problem with its JSON path.
  publish    Publish a plan file to a team calendar (CalDAV), sending only what changed.

Run "tierline COMMAND --help" for a command's options.
Exit codes: 0 success, 1 invalid input (nothing is written), 2 usage error,
3 (publish) the calendar server cannot be reached or refuses the sign-in.
`;

export const EXPORT_HELP = `Usage: tierline export --plan FILE --format FORMAT [options]

Formats:
  ics             RFC 5545 calendar (UTC times, stable UIDs) for Google, Outlook, Apple, Thunderbird
  md-schedule     Markdown schedule, one table per week
  md-checklists   Markdown checklists (GitHub task lists), one per announcement and window
  md-array        Markdown draft of one month's Array edition (needs --month or --from)

Options:
  --plan FILE            the plan file (JSON, "tierline": 1)             required
  --format FORMAT        one of the formats above                        required
  --out FILE             write here (atomically) instead of to stdout
  --from YYYY-MM-DD      only what falls on or after this day
  --to YYYY-MM-DD        only what falls on or before this day
  --month YYYY-MM        the Array edition for md-array (default: the month of --from)
  --tasks MODE           checklist items in ICS: events (default, all-day "due" events),
                         todos (VTODO, for Thunderbird and Apple Reminders) or none
  --reminders WHEN       a reminder (VALARM) on each open checklist item in ICS:
                         none (default), 0d (on the due day), 1d, 2d or 1w before;
                         all-day items remind at 09:00, timed ones before their time
  --tier KEY             only these tiers, e.g. --tier major,medium (repeatable)
  --team NAME            only checklist items of these teams (repeatable)
  --owner NAME           only what this person owns or is assigned
  --kinds LIST           announcement,maintenance,checklist (default: all)
  -h, --help             show this help

The same plan exported twice gives byte-identical output, except DTSTAMP in ICS; without --to, a
repeating window's steps reach a year past the day of the export.
Dates, in the plan and in --from/--to/--month, lie between 1900 and 2199.
`;

export const VALIDATE_HELP = `Usage: tierline validate FILE

Checks FILE as a Tierline plan file ("tierline": 1, or 2 with changed occurrences) or a full backup ("format": "tierline-backup")
and prints every problem with its JSON path, e.g. "$.announcements[0].launch: must be a date".
Warnings (such as unknown fields) are printed too but do not make the file invalid. The first 50
problems are printed, then how many more there are. Files over 50 MB (the app's limit) are refused unread.

Exit codes: 0 valid, 1 invalid, 2 usage error.
`;

export const PUBLISH_HELP = `Usage: tierline publish --plan FILE --caldav URL --user NAME [options]

Publishes the plan to a CalDAV calendar (Nextcloud, Radicale, iCloud, Fastmail, ...): one calendar
object per item, named by its stable UID. Only changed items are sent (If-Match on the ETag); items
no longer in the plan or its filters are deleted, but only objects Tierline published. Teammates'
edits are published over: the plan file is the truth. The password (an app password) is read from
the environment variable TIERLINE_CALDAV_PASSWORD, never from the command line.

Options:
  --plan FILE            the plan file (JSON, "tierline": 1 or 2)                  required
  --caldav URL           the server (https://, or http:// only for 127.0.0.1/localhost) required
  --user NAME            the account's user name                                   required
  --calendar NAME        the calendar's display name (default: Tierline; created when missing)
  --dry-run              print what would be created, updated and deleted; change nothing
  --allow-mass-delete    allow deleting more than a quarter (or more than 20) of what was published
  --from, --to, --tier, --team, --owner, --kinds, --tasks   the same filters as export
  --reminders WHEN       a reminder (VALARM) on each open checklist item, as export's
                         (none, 0d, 1d, 2d or 1w)
  -h, --help             show this help

Without --to, a repeating window's steps are published up to a year past today.

Exit codes: 0 published, 1 invalid plan or an item the server refused (the others are published),
2 usage error, 3 the server cannot be reached or refuses the sign-in.
`;
