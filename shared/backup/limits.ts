/**
 * The one size limit for backups, snapshots and every file Tierline saves or opens, in UTF-8
 * bytes: what Tierline writes it can also open. Compact JSON of a plan of a few thousand
 * announcements with their checklists stays well under it. Kept free of imports so the preload
 * bundle can read it.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
