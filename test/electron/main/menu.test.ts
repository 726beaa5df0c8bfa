import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMenuTemplate } from '../../../electron/main/menu';

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}
function roles(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return allItems(items).map((item) => item.role);
}
const base = { appName: 'Tierline', onAbout: () => undefined };

describe('createMenuTemplate', () => {
  it('puts the app menu first on macOS only', () => {
    expect(createMenuTemplate({ ...base, isMac: true, isPackaged: true })[0]?.role).toBe('appMenu');
    expect(roles(createMenuTemplate({ ...base, isMac: false, isPackaged: true }))).not.toContain('appMenu');
  });

  it('has the usual File, Edit, View, Window and Help menus', () => {
    const template = createMenuTemplate({ ...base, isMac: false, isPackaged: true });
    expect(template.map((item) => item.role ?? item.label)).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('offers reload and developer tools only when not packaged', () => {
    const packaged = roles(createMenuTemplate({ ...base, isMac: false, isPackaged: true }));
    const development = roles(createMenuTemplate({ ...base, isMac: false, isPackaged: false }));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(packaged).not.toContain(role);
      expect(development).toContain(role);
    }
  });

  it('has an About item in Help that calls onAbout', () => {
    let calls = 0;
    const template = createMenuTemplate({
      ...base,
      isMac: true,
      isPackaged: true,
      onAbout: () => (calls += 1),
    });
    const help = template.find((item) => item.role === 'help');
    const about = Array.isArray(help?.submenu)
      ? help.submenu.find((item) => item.label === 'About Tierline')
      : undefined;
    expect(about).toBeDefined();
    (about?.click as (() => void) | undefined)?.();
    expect(calls).toBe(1);
  });
});
