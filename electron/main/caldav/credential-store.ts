/** The slice of Electron's `safeStorage` the store uses; tests pass a fake. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, so "encrypted" would be a fixed, public key. */
  getSelectedStorageBackend?(): string;
};

/** Where the encrypted account lives: one file in the app's data folder. */
export type SecretFile = {
  read(): Promise<string | null>;
  write(contents: string): Promise<void>;
  remove(): Promise<void>;
};

/** The account as the main process keeps it. The calendar URL is here so the renderer can never redirect the password. */
export type StoredAccount = { serverUrl: string; user: string; password: string; calendarUrl: string | null };

/** The password cannot be kept safely on this computer; Tierline refuses to keep it at all. */
export class NoSecureStorageError extends Error {
  constructor() {
    super(
      'This computer offers Tierline no secure place for passwords (on Linux: no keyring such as GNOME Keyring or KWallet is running), so Tierline does not keep the app password. Start a keyring and connect again, or publish from the command line (tierline publish).',
    );
  }
}

function isStoredAccount(value: unknown): value is StoredAccount {
  const account = value as Partial<StoredAccount> | null;
  return (
    typeof account === 'object' &&
    account !== null &&
    typeof account.serverUrl === 'string' &&
    typeof account.user === 'string' &&
    typeof account.password === 'string' &&
    (account.calendarUrl === null || typeof account.calendarUrl === 'string')
  );
}

/**
 * The team-calendar credentials, encrypted with the operating system's keychain (Electron's
 * safeStorage) in one file of the app's data folder: never in IndexedDB, so never in backups, plan
 * files or the renderer. Refuses to write when no real encryption is available.
 */
export class CredentialStore {
  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly file: SecretFile,
  ) {}

  private requireEncryption(): void {
    const backend = this.safeStorage.getSelectedStorageBackend?.();
    if (!this.safeStorage.isEncryptionAvailable() || backend === 'basic_text')
      throw new NoSecureStorageError();
  }

  /** Whether a password could be kept now. */
  available(): boolean {
    try {
      this.requireEncryption();
      return true;
    } catch {
      return false;
    }
  }

  async save(account: StoredAccount): Promise<void> {
    this.requireEncryption();
    const encrypted = this.safeStorage.encryptString(JSON.stringify(account));
    await this.file.write(encrypted.toString('base64'));
  }

  /** The stored account; null when there is none, it cannot be decrypted (another user, a new keyring) or is damaged. */
  async load(): Promise<StoredAccount | null> {
    const text = await this.file.read();
    if (text === null || !this.safeStorage.isEncryptionAvailable()) return null;
    try {
      const parsed: unknown = JSON.parse(this.safeStorage.decryptString(Buffer.from(text, 'base64')));
      return isStoredAccount(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  async forget(): Promise<void> {
    await this.file.remove();
  }
}
