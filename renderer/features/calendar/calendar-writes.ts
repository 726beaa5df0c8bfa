/*
 * The writes a drop or a resize makes, in one module that loads on the first of them (issue 13):
 * the repositories and the checklist rules behind them are not needed to show the month.
 */
export { dropItem, resizeItem } from './calendar-drops';
