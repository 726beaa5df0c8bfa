import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonInSlices, sliceClock, type SliceClock } from '../../../shared/backup/json-in-slices';
import { backupToText, backupToTextInSlices } from '../../../shared/backup/snapshot';
import { createBackup } from '../../../shared/backup/create-backup';
import { makeAnnouncement, makeChecklistItem } from '../../builders';
import { settings, templateSets } from '../export/records';
import { utcInstant } from '../../dates';

// A clock whose slice is used up after every `every`-th question: pauses land all over the text.
function countingClock(every: number): SliceClock {
  let asked = 0;
  return { startSlice: () => undefined, sliceUsed: () => ++asked % every === 0 };
}

const noPause = () => Promise.resolve();

// What IndexedDB hands back, and what JSON.stringify treats specially in objects and arrays.
const stored = fc.anything({
  withDate: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withObjectString: true,
  maxDepth: 4,
});
const withSkipped = fc.oneof(
  stored,
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
);
const tree = fc.oneof(
  stored,
  fc.dictionary(fc.string(), withSkipped),
  fc.array(withSkipped),
  fc.dictionary(fc.string(), fc.oneof(fc.array(withSkipped), fc.dictionary(fc.string(), withSkipped))),
);

describe('JSON made in slices', () => {
  it('is the text JSON.stringify makes, whatever the depth and wherever it pauses', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(4), fc.integer({ min: 1, max: 5 }), async (value, depth, every) => {
        const text = JSON.stringify(value);
        const heard: string[] = [];
        const json = await jsonInSlices(value, depth, noPause, countingClock(every), (slice) =>
          heard.push(slice),
        );
        expect(json?.text).toBe(text);
        // What a listener heard, slice by slice, is the same text (nothing when there is none).
        expect(heard.join('')).toBe(text ?? '');
        expect(json?.bytes).toBe(text === undefined ? undefined : new TextEncoder().encode(text).byteLength);
      }),
    );
  });

  it('pauses between rows when the slice is used, never inside one, and starts a new slice after', async () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const events: string[] = [];
    const clock: SliceClock = {
      startSlice: () => events.push('start'),
      sliceUsed: () => true,
    };
    const pause = () => {
      events.push('pause');
      return Promise.resolve();
    };
    const onSlice = (text: string) => events.push(`slice ${text}`);
    expect((await jsonInSlices({ rows }, 2, pause, clock, onSlice))?.text).toBe(JSON.stringify({ rows }));
    // One pause before each row written whole, each followed by a fresh slice; each slice is
    // handed on as it ends, before its pause.
    expect(events).toEqual([
      'start',
      'slice {"rows":[',
      'pause',
      'start',
      'slice {"id":"a"},',
      'pause',
      'start',
      'slice {"id":"b"},',
      'pause',
      'start',
      'slice {"id":"c"}]}',
    ]);
  });

  it('lets other work run between slices, so a change made meanwhile is seen by that work', async () => {
    const order: string[] = [];
    const pause = () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          order.push('other work');
          resolve();
        }, 0),
      );
    const text = jsonInSlices({ rows: [1, 2] }, 2, pause, countingClock(1));
    order.push('called');
    await text;
    order.push('done');
    expect(order).toEqual(['called', 'other work', 'other work', 'done']);
  });

  it('a slice clock says its slice is used only once its milliseconds have passed', () => {
    let now = 100;
    const clock = sliceClock(() => now, 8);
    now = 107.9;
    expect(clock.sliceUsed()).toBe(false);
    now = 108;
    expect(clock.sliceUsed()).toBe(true);
    clock.startSlice();
    expect(clock.sliceUsed()).toBe(false);
  });

  it('a backup made in slices is the backup file text, byte for byte', async () => {
    const announcement = makeAnnouncement({ id: 'a1', title: 'Line\nbreak "quoted" ✓' });
    // A stored row may carry a field as undefined; JSON leaves it out either way.
    const item = { ...makeChecklistItem({ id: 'a1:x', parentId: 'a1' }), notes: undefined };
    const backup = createBackup(
      {
        announcements: [announcement],
        checklistItems: [item as unknown as ReturnType<typeof makeChecklistItem>],
        maintenanceWindows: [],
        templateSets,
        settings,
        people: [],
      },
      utcInstant('2026-11-30T21:00:00.000Z'),
    );
    const heard: string[] = [];
    const { text, bytes } = await backupToTextInSlices(backup, noPause, countingClock(1), (slice) =>
      heard.push(slice),
    );
    expect(text).toBe(backupToText(backup));
    // The snapshot worker's copy, heard a slice at a time, closing newline included.
    expect(heard.length).toBeGreaterThan(2);
    expect(heard.join('')).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(bytes).toBe(new TextEncoder().encode(text).byteLength);
  });
});
