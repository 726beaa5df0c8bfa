import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path.join(root, file), 'utf8')) as Record<string, unknown>;

type BuildElectron = (options: { outDir: string }) => Promise<{ main: string; preload: string }>;

describe('build/electron-builder.json', () => {
  it('names the app and packs only the build output', async () => {
    const config = await readJson('build/electron-builder.json');
    expect(config.appId).toBe('io.tierline.app');
    expect(config.productName).toBe('Tierline');
    // The command line's bundle is for `npx tierline` in the project, not for the installer.
    expect(config.files).toEqual([
      'dist/**',
      '!dist/cli.mjs',
      '!dist/cli.inputs.json',
      '!dist/cli-chunks/**',
      'package.json',
    ]);
    expect(config.directories).toMatchObject({ output: 'release' });
  });

  it('ships no node_modules: everything the app runs is bundled, so package.json has no dependencies', async () => {
    // electron-builder packs a package's `dependencies` next to the bundles: a second copy of each.
    const pkg = await readJson('package.json');
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(Object.keys(pkg.devDependencies as object)).toEqual(
      expect.arrayContaining(['react', 'dexie', 'zod', 'tsdav', 'temporal-polyfill', 'tsx']),
    );
  });

  it('is valid for the installed electron-builder (its own schema check, no build)', async () => {
    // app-builder-lib is electron-builder's engine; validateConfiguration only reads its bundled schema.
    const require = createRequire(path.join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (
        config: unknown,
        logger: { isEnabled: boolean; add: () => void },
      ) => Promise<void>;
    };
    const logger = { isEnabled: false, add: () => undefined };
    await expect(
      validateConfiguration(await readJson('build/electron-builder.json'), logger),
    ).resolves.toBeUndefined();
    await expect(validateConfiguration({ appId: 'x', notAnOption: true }, logger)).rejects.toThrow();
  });

  it('points at icons that exist, the PNG being 512x512', async () => {
    const config = await readJson('build/electron-builder.json');
    const icons = ['mac', 'win', 'linux'].map((platform) => (config[platform] as { icon: string }).icon);
    for (const icon of icons) {
      const png = await readFile(path.join(root, icon));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
    expect(await readFile(path.join(root, 'build/icons/icon.svg'), 'utf8')).toMatch(
      /^<svg [^>]*viewBox="0 0 512 512"/,
    );
  });
});

describe('build/electron-builder.json: Electron fuses', () => {
  type FuseConfig = Record<string | number, unknown>;
  const require = createRequire(path.join(root, 'package.json'));
  // electron-builder's own translation from config names to fuse-wire positions, so a misspelt
  // option (which the schema would also refuse) or a renamed fuse shows up here.
  const { PlatformPackager } = require('app-builder-lib') as {
    PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<FuseConfig> } };
  };
  const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
  const fuseWire = async (): Promise<Record<string, unknown>> => {
    const config = await readJson('build/electron-builder.json');
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    return Object.fromEntries(
      Object.entries(FuseV1Options)
        .filter(([name]) => Number.isNaN(Number(name)))
        .map(([name, position]) => [name, wire[position]]),
    );
  };

  it('turns off every way to run the packaged binary as a plain Node with our privileges', async () => {
    expect(await fuseWire()).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('loads the app only from a validated app.asar, which the config packs', async () => {
    const config = await readJson('build/electron-builder.json');
    expect(config.asar).toBe(true);
    expect(await fuseWire()).toMatchObject({
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  it('sets no fuse the issue did not ask for (unset fuses keep Electron defaults)', async () => {
    const wire = await fuseWire();
    const set = Object.entries(wire).filter(([, value]) => value !== undefined);
    expect(set.map(([name]) => name).sort()).toEqual(
      [
        'EnableEmbeddedAsarIntegrityValidation',
        'EnableNodeCliInspectArguments',
        'EnableNodeOptionsEnvironmentVariable',
        'GrantFileProtocolExtraPrivileges',
        'OnlyLoadAppFromAsar',
        'RunAsNode',
      ].sort(),
    );
  });
});

describe('build/build-electron.mjs', () => {
  it('bundles main.cjs where package.json says, and a preload that requires only electron', async () => {
    const pkg = await readJson('package.json');
    expect(pkg.main).toBe('dist/electron/main.cjs');

    const outDir = await mkdtemp(path.join(os.tmpdir(), 'tierline-electron-build-'));
    try {
      const modulePath = new URL('../../build/build-electron.mjs', import.meta.url).href;
      const { buildElectron } = (await import(modulePath)) as { buildElectron: BuildElectron };
      const { main, preload } = await buildElectron({ outDir });
      expect(path.basename(main)).toBe('main.cjs');
      const preloadCode = await readFile(preload, 'utf8');
      const required = [...preloadCode.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
      expect(required).toEqual(['electron']);
      expect(preloadCode).toContain('exposeInMainWorld');
      expect(preloadCode).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
      const mainCode = await readFile(main, 'utf8');
      expect(mainCode).toContain('registerSchemesAsPrivileged');
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 30_000);
});
