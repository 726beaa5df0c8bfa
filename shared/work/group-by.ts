/*
 * The Work view's grouping choices, apart from the grouping itself: the work store reads a stored
 * choice back at start, and the grouping rules (with the week arithmetic) load with the Work view
 * (issue 13: the start-up bundle).
 */

/** How the Work view groups its rows. */
export const GROUP_BYS = ['due', 'person', 'team', 'launch'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
