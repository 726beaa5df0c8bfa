/**
 * Lets the keyboard reach every region of the calendar that scrolls (axe's
 * scrollable-region-focusable, issue 10): a week with no timed item, or a month taller than its
 * box, scrolls with nothing focusable inside, so a keyboard user could not scroll it at all.
 * FullCalendar v7 has no option for its scrollers' attributes, so a region with nothing focusable
 * in it gets a tab stop here after each render that can change it.
 */
export function makeScrollersFocusable(root: Element | null): void {
  if (!root) return;
  for (const element of root.querySelectorAll<HTMLElement>('div')) {
    if (element.hasAttribute('tabindex')) continue;
    const { overflowY, overflowX } = getComputedStyle(element);
    const scrolls =
      (/auto|scroll/.test(overflowY) && element.scrollHeight > element.clientHeight) ||
      (/auto|scroll/.test(overflowX) && element.scrollWidth > element.clientWidth);
    if (!scrolls) continue;
    // Inside a table structure a focusable generic element is a child the table roles do not
    // allow (aria-required-children): there the region's first cell takes the tab stop, and
    // arrow keys scroll the region around it just the same.
    const inTable = TABLE_ROLES.has(element.parentElement?.getAttribute('role') ?? '');
    const target = inTable ? element.querySelector<HTMLElement>(CELLS) : element;
    if (target && !target.hasAttribute('tabindex') && !hasFocusable(element)) target.tabIndex = 0;
  }
}

const TABLE_ROLES = new Set(['table', 'grid', 'rowgroup', 'row']);
const CELLS = '[role="cell"], [role="gridcell"], [role="rowheader"]';

function hasFocusable(element: HTMLElement): boolean {
  return element.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null;
}
