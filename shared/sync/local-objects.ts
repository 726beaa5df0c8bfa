import type { IcsExportOptions } from '../export/ics-export';
import { icsComponents, icsObjectText } from '../export/ics-export';
import type { ExportInput } from '../export/types';
import type { LocalObject } from './types';

/** A local object with what the app needs to take a move back into the plan. */
export type PublishedItem = LocalObject & { recordId: string; kind: 'announcement' | 'window' | 'item' };

/**
 * Every item the export options keep, as the CalDAV object Tierline publishes for it: the same
 * component the ICS export writes, in its own VCALENDAR, keyed by its stable UID.
 */
export function localObjects(input: ExportInput, options: IcsExportOptions = {}): PublishedItem[] {
  return icsComponents(input, options).map((component) => ({
    uid: component.uid,
    recordId: component.recordId,
    kind: component.kind,
    sequence: component.sequence,
    text: icsObjectText(component),
  }));
}
