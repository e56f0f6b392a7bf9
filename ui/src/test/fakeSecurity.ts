/**
 * The security half of the fake backend: a book with or without a
 * passphrase and its recovery key, refusing a wrong current secret and a
 * short passphrase as the core does, and locking only with a passphrase.
 */
import { vi } from "vitest";

export interface FakeSecurityOptions {
  /** The book's passphrase; none when not given (the keyring opened it). */
  passphrase?: string;
  /** Its recovery key. */
  recoveryKey?: string;
}

const invalid = (message: string) => ({ code: "invalid_input", message });
const wrong = { code: "wrong_secret", message: "That passphrase or recovery key does not unlock this database" };

export function fakeSecurityBackend(options: FakeSecurityOptions) {
  let passphrase: string | null = options.passphrase ?? null;
  let recoveryKey = options.recoveryKey ?? "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH";
  let made = 0;

  /** Whether `current` allows a change, as the core's `Proof` does. */
  function allowed(current: string | null) {
    if (current) {
      if (current !== passphrase && current !== recoveryKey) throw wrong;
      return;
    }
    if (passphrase !== null) throw invalid("Type the current passphrase (or the recovery key) to change how this book opens");
  }

  return {
    api: {
      securityLock: vi.fn(async () => {
        if (passphrase === null) throw invalid("This book has no passphrase yet, so locking it would leave only the recovery key to open it again");
      }),
      securityStatus: vi.fn(async () => ({ passphrase: passphrase !== null, recovery_key: true })),
      securityChangePassphrase: vi.fn(async (current: string | null, next: string) => {
        allowed(current);
        if ([...next.trim()].length < 8) throw invalid("A passphrase needs at least 8 characters");
        passphrase = next;
      }),
      securityNewRecoveryKey: vi.fn(async (current: string | null) => {
        allowed(current);
        made += 1;
        recoveryKey = `NEWK-${String(made).padStart(4, "0")}-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH`;
        return recoveryKey;
      }),
    },
  };
}
