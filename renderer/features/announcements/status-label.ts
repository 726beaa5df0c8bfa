// Apart from the form's checks (announcement-draft.ts brings zod), so the side panel, which loads
// with the calendar, can say a status without them (issue 13).

/** "Cancelled" for "cancelled": statuses are stored lower-case and shown capitalised. */
export function statusLabel(status: string): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}
