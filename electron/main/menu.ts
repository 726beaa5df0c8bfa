import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  /** macOS puts an application menu first and keeps the app running without windows. */
  isMac: boolean;
  /** Packaged builds drop Reload and the developer tools: a reload there only loses unsaved UI state. */
  isPackaged: boolean;
  appName: string;
  onAbout: () => void;
};

/**
 * The native menu: the platform's usual roles (app menu on macOS, File, Edit, View, Window)
 * and Help with an About item. Edit's roles are what make Cut/Copy/Paste shortcuts work in the
 * page on macOS. Reload and Toggle Developer Tools exist only in unpackaged (development) runs.
 */
export function createMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const aboutItem: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: options.onAbout };

  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu,
    { role: 'windowMenu' },
    { role: 'help', submenu: [aboutItem] },
  ];
}
