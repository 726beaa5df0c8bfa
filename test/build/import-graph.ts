/**
 * The import graph of the source folders (shared/, renderer/, electron/), read with regular expressions
 * from the files themselves: every relative `import … from`, `export … from`, `import '…'` and `import('…')`,
 * type-only imports included (they couple modules just the same for a reader). The nodes are modules (see
 * moduleOf); a cycle is a set of two or more modules that all reach each other (a strongly connected component).
 * `npx tsx test/build/import-graph.ts` prints the file counts and the cycles with one example edge each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SOURCE_ROOTS = ['shared', 'renderer', 'electron'];

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The unit a cycle is counted in: a feature (renderer/features/calendar), another top folder of a room
 * (renderer/db, shared/export), or one file at the top of a room (shared/types.ts), which is a module of
 * its own. Deeper folders belong to theirs (renderer/app/recovery is part of renderer/app).
 */
export function moduleOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 2) return file;
  return parts.slice(0, parts[1] === 'features' ? 3 : 2).join('/');
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export type ImportGraph = {
  /** Source files per top-level room (shared, renderer, electron). */
  fileCounts: Record<string, number>;
  /** module → module (see moduleOf) → one file-level edge that makes it, `a.ts → b.ts`. */
  edges: Map<string, Map<string, string>>;
};

/** Reads every source file under the rooms and builds the folder-level import graph. */
export function readImportGraph(root = ROOT): ImportGraph {
  const fileCounts: Record<string, number> = {};
  const edges = new Map<string, Map<string, string>>();
  for (const room of SOURCE_ROOTS) {
    const files = sourceFiles(join(root, room));
    fileCounts[room] = files.length;
    for (const file of files) {
      const fromFolder = moduleOf(relative(root, file));
      for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const target = resolveImport(file, match[1] as string);
        if (target === null) continue;
        const toFolder = moduleOf(relative(root, target));
        if (toFolder === fromFolder) continue;
        const out = edges.get(fromFolder) ?? new Map<string, string>();
        if (!out.has(toFolder)) out.set(toFolder, `${relative(root, file)} → ${relative(root, target)}`);
        edges.set(fromFolder, out);
      }
    }
  }
  return { fileCounts, edges };
}

/** Every set of two or more folders that import each other, directly or round about (Tarjan), sorted. */
export function folderCycles(edges: ImportGraph['edges']): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => a.join().localeCompare(b.join()));
}

if (process.argv[1] === import.meta.filename) {
  const { fileCounts, edges } = readImportGraph();
  console.log('Source files:', fileCounts);
  for (const cycle of folderCycles(edges)) {
    console.log(`Cycle: ${cycle.join(' ⇄ ')}`);
    for (const from of cycle)
      for (const [to, example] of edges.get(from) ?? []) if (cycle.includes(to)) console.log(`  ${example}`);
  }
}
