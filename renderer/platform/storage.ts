/**
 * Asks the browser to keep this origin's IndexedDB even under storage pressure. Without it, a
 * browser may evict "best-effort" data of a site the user has not visited lately: for a plan that
 * lives only here, that would be data loss. The desktop app's storage is persistent already; the
 * call is harmless there. Browsers may say no (then nothing changes), so the answer is only logged.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    if (await navigator.storage.persisted()) return true;
    const granted = await navigator.storage.persist();
    if (!granted)
      console.warn('Tierline: the browser did not grant persistent storage; export a backup now and then.');
    return granted;
  } catch {
    return false;
  }
}
