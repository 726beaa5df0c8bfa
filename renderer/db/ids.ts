/** A new random record id. crypto.randomUUID exists in every browser and Electron we support. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current instant as stored in records. */
export function nowInstant(): string {
  return new Date().toISOString();
}
