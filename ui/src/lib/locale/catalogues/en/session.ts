/** Opening the book: unlocking, the recovery key, a damaged file, and an error that stops it. */
export const session = {
  error: {
    title: "Curbside could not open your data",
    retry: "Try again",
  },
  unlock: {
    createTitle: "Protect your Curbside data",
    createLead:
      "Curbside encrypts everything it stores. The system keyring, which would normally keep the key for you, is not available, so choose a passphrase instead. You will need it each time Curbside starts.",
    title: "Unlock Curbside",
    lead: "Enter the passphrase you chose, or your recovery key.",
    passphrase: "Passphrase",
    secret: "Passphrase or recovery key",
    hint_one: "At least {{n}} character.",
    hint_other: "At least {{n}} characters.",
    confirm: "Confirm passphrase",
    creating: "Creating…",
    create: "Create encrypted database",
    unlocking: "Unlocking…",
    unlock: "Unlock",
    tooShort_one: "Use at least {{n}} character.",
    tooShort_other: "Use at least {{n}} characters.",
    mismatch: "The two passphrases do not match.",
    empty: "Enter your passphrase or recovery key.",
  },
  recovery: {
    title: "Save your recovery key",
    titleNew: "Save your new recovery key",
    lead:
      "This key unlocks your Curbside data if the system keyring is reset or you forget your passphrase. Curbside shows it only once, so store it somewhere safe, such as a password manager or a printed copy kept with your important papers.",
    key: "Recovery key",
    saveToFile: "Save to file…",
    print: "Print…",
    copied: "The key is on your clipboard. Paste it into your password manager.",
    copyFailed: "Copying did not work here; select the key and copy it by hand.",
    saved: "The key is saved. Keep that file somewhere private.",
    saveFailed: "The key could not be saved: {{reason}}",
    ack: "I have saved it",
    confirm: "To be sure it is kept, type the key's last group of four",
    continue: "Continue",
    notLastGroup: "That is not the last group. Look at where you saved the key.",
    caseHint: "Case does not matter.",
  },
  damaged: {
    title: "Your Curbside data is damaged",
    lead:
      "When Curbside opened your data it checked the file and found parts of it that can no longer be read. This can happen after a disk fault, a crash during a sync, or a copy that was cut short. To keep everything that is still there safe, Curbside has not changed the file.",
    findings: "What the check found",
    secret: "Passphrase or recovery key",
    open: "Open Curbside",
    /** "The damaged file is kept as", then the file's path, then "." */
    kept: {
      before: "The damaged file is kept as",
      after: ".",
    },
    restored: {
      title: "Your newest backup was restored",
      summary: "Curbside put back the backup of {{when}}. Anything changed after it was made is not in it.",
      summaryUnknown: "Curbside put back the backup of your data. Anything changed after it was made is not in it.",
    },
    restore: {
      title: "Restore the newest backup",
      text:
        "{{reason}} backup of {{when}}: {{counts}}. Everything in it comes back whole; what changed after it was made is not in it. The damaged file is kept beside it, untouched.",
      busy: "Restoring…",
      button: "Restore this backup",
    },
    salvage: {
      title: "Salvage what can be read",
      text:
        "Curbside copies every entry it can still read into a new file with the same key and then tells you what could not be read. The damaged file is kept beside it, untouched.",
      busy: "Salvaging…",
      button: "Salvage",
    },
    salvaged: {
      title: "Your data was salvaged",
      complete_one: "All {{n}} entry was read and saved; nothing was lost.",
      complete_other: "All {{n}} entries were read and saved; nothing was lost.",
      partial_one: "{{n}} entry was saved. Some could not be read and are missing from the new file.",
      partial_other: "{{n}} entries were saved. Some could not be read and are missing from the new file.",
    },
    /** What became of one table, after its name: the parts joined by the separator. */
    loss: {
      saved_one: "{{n}} saved",
      saved_other: "{{n}} saved",
      unreadable: "could not be read: {{rows}}",
      orphans_one: "{{n}} left out because what it belonged to was lost",
      orphans_other: "{{n}} left out because what they belonged to was lost",
      separator: "; ",
    },
  },
};
