import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/** What one write changed in a table: every row may have, or exactly these primary keys. */
export type TableChange = 'all' | ReadonlySet<string>;

/** Per table name, what changed; tables a write did not touch are absent. */
export type MutatedRows = Map<string, TableChange>;

function isNode(tree: IntervalTree): tree is IntervalTreeNode {
  return 'from' in tree;
}

/**
 * The single string keys an interval tree holds, or null when it holds a real range (a clear, a
 * range delete, a bulk write of 50 rows or more, which Dexie reports as the whole key space).
 * Walks the plain tree, not RangeSet's methods: a write from another window arrives through a
 * BroadcastChannel, structured-cloned, without its prototype.
 */
function pointKeys(tree: IntervalTree, into: Set<string>): boolean {
  const stack: IntervalTreeNode[] = isNode(tree) ? [tree] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    into.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return true;
}

/**
 * Which rows of which tables of database `dbName` the parts of a Dexie `storagemutated` event say
 * changed (format: `idb://<db>/<table>/<index>`, where index '' holds the written primary keys and
 * ':dels' the possibly deleted ones). Anything it can not narrow down to single keys reads as the
 * whole table, and the 'all' part (Dexie's signal after a page comes back from the back-forward
 * cache) as every table in `tables`: a reader may re-read too much, never too little.
 */
export function mutatedRows(parts: ObservabilitySet, dbName: string, tables: readonly string[]): MutatedRows {
  const changes: MutatedRows = new Map();
  if ('all' in parts) {
    for (const table of tables) changes.set(table, 'all');
    return changes;
  }
  const prefix = `idb://${dbName}/`;
  const keys = new Map<string, Set<string>>();
  const touched = new Set<string>();
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const rest = part.slice(prefix.length);
    const slash = rest.indexOf('/');
    const table = slash < 0 ? rest : rest.slice(0, slash);
    const index = slash < 0 ? '' : rest.slice(slash + 1);
    if (!tables.includes(table)) continue;
    touched.add(table);
    // Index parts only say which index ranges moved; the primary-key parts name the rows.
    if (index !== '' && index !== ':dels') continue;
    if (changes.get(table) === 'all') continue;
    const tableKeys = keys.get(table) ?? new Set<string>();
    keys.set(table, tableKeys);
    if (!pointKeys(tree, tableKeys)) changes.set(table, 'all');
  }
  for (const table of touched) {
    if (changes.get(table) === 'all') continue;
    const tableKeys = keys.get(table);
    // A table named only through an index gives no keys to read: read all of it.
    changes.set(table, tableKeys ?? 'all');
  }
  return changes;
}
