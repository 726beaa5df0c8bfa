import styles from '@fullcalendar/react/protected-styles';

/*
 * Lets the keyboard reach every region of the calendar that scrolls (axe's
 * scrollable-region-focusable, issue 10): a week with no timed item, or a month taller than its
 * box, scrolls with nothing focusable inside, so a keyboard user could not scroll it at all.
 * FullCalendar v7 has no option for its scrollers' attributes, so a region with nothing focusable
 * in it gets a tab stop here.
 */

// FullCalendar marks each of its scrolling regions with this class (generated at its build, so read
// from its own style map rather than spelled out). Looking at these few elements instead of every
// div (about 14 ms per look at 10,000 items) lets the check follow every size change (issue 13).
const SCROLLER = `.${styles.internalScroller ?? 'fc-internal-scroller'}`;

const TABLE_ROLES = new Set(['table', 'grid', 'rowgroup', 'row']);
const CELLS = '[role="cell"], [role="gridcell"], [role="rowheader"]';

function hasFocusable(element: HTMLElement): boolean {
  return element.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null;
}

/** FullCalendar's scrolling regions under `root`. */
export function findScrollers(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(SCROLLER)];
}

/** Gives each of `scrollers` that scrolls with nothing focusable inside a tab stop. */
export function makeScrollersFocusable(scrollers: Iterable<HTMLElement>): void {
  for (const element of scrollers) {
    if (element.hasAttribute('tabindex') || !element.isConnected) continue;
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

/**
 * Keeps the calendar's scrollers reachable: `check()` (after a new view or range) finds them and
 * watches each one's box and content, so a region that starts to scroll later (a smaller window,
 * a row grown by a write) gets its tab stop then, without a look after every write.
 */
export class ScrollerWatcher {
  /** Each watched scroller and the content element watched with it. */
  private readonly watched = new Map<HTMLElement, Element | null>();
  private readonly observer: ResizeObserver | null;
  private frame = 0;

  constructor(private readonly root: () => Element | null) {
    // A resize is reported after layout and before paint: the tab stop is there in the same frame
    // as the scrolling, so nothing (a person's Tab, axe) ever meets a region without one.
    this.observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.scan()) : null;
  }

  /**
   * Looks at the scrollers now (after a commit, before paint) and again at the next frame, when a
   * view that measures itself after mounting has settled its heights.
   */
  readonly check = (): void => {
    this.scan();
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.scan();
    });
  };

  /** Stops watching (the calendar unmounts). */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.watched.clear();
  }

  private readonly scan = (): void => {
    const root = this.root();
    if (!root) return;
    const scrollers = findScrollers(root);
    for (const [element, content] of this.watched) {
      if (element.isConnected) continue;
      this.observer?.unobserve(element);
      if (content) this.observer?.unobserve(content);
      this.watched.delete(element);
    }
    for (const element of scrollers) {
      if (this.watched.has(element)) continue;
      const content = element.firstElementChild;
      this.watched.set(element, content);
      // Its box (the window) and its content (rows, events) are what make it scroll or not.
      this.observer?.observe(element);
      if (content) this.observer?.observe(content);
    }
    makeScrollersFocusable(scrollers);
  };
}
