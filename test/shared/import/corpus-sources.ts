import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One corpus file: the npm package that ships it (installed under an alias) and its path inside. */
export type CorpusFile = {
  /** `alias/path`, the key of its pinned result. */
  id: string;
  alias: string;
  /** `name@version`, as pinned in package.json. */
  pkg: string;
  path: string;
  absolutePath: string;
};

const ROOT = join(import.meta.dirname, '../../..');
export const CORPUS_DIR = join(ROOT, 'test/fixtures/ics/corpus');

/** The files listed in the "Files" table of corpus/SOURCES.md, in the order written there. */
export function listedCorpusFiles(): CorpusFile[] {
  const text = readFileSync(join(CORPUS_DIR, 'SOURCES.md'), 'utf8');
  const table = text.slice(text.indexOf('## Files'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ics-corpus-'))
    .map((line) => {
      const [alias = '', pkg = '', path = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return {
        id: `${alias}/${path}`,
        alias,
        pkg,
        path,
        absolutePath: join(ROOT, 'node_modules', alias, path),
      };
    });
}

/**
 * Why the listed files cannot be read as listed: a package missing or at another version than SOURCES.md
 * names, or a file that is not in it. Empty when the corpus is whole.
 */
export function corpusProblems(files: readonly CorpusFile[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (!seen.has(file.alias)) {
      seen.add(file.alias);
      const manifest = join(ROOT, 'node_modules', file.alias, 'package.json');
      if (!existsSync(manifest)) {
        problems.push(`${file.alias} (${file.pkg}) is not installed: run npm ci`);
        continue;
      }
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name: string;
        version: string;
      };
      if (`${name}@${version}` !== file.pkg) {
        problems.push(`${file.alias} is ${name}@${version}, SOURCES.md lists ${file.pkg}`);
      }
    }
    if (!existsSync(file.absolutePath)) problems.push(`${file.id} is missing from node_modules`);
  }
  return problems;
}
