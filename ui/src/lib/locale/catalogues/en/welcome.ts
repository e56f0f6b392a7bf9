/** The welcome after a book is created: who you are, your CME cycles, how to start. */
export const welcome = {
  step: "Step {{number}} of {{total}}",
  skip: "Skip",
  next: "Next",
  you: {
    title: "Who are you?",
    lead: "Curbside signs the messages it drafts for you (thanks, congratulations, introductions) with your name and credentials.",
    name: "Your name",
    namePlaceholder: "Dr Ana Ruiz",
    credentials: "Credentials",
    credentialsPlaceholder: "MD, FACC",
  },
  cycle: {
    title: "Your license and board cycles",
    lead:
      "Curbside measures your CME credits against each cycle: its end date, the hours it needs and any required topics (opioid prescribing, ethics…). Add your state license or board cycle now, or later on the CME screen.",
    added: "Cycles added",
    line: "{{name}}: {{hours}} hours by {{date}}",
    add: "Add a cycle…",
    addAnother: "Add another…",
  },
  start: {
    title: "Bring in the people you know",
    lead: "Curbside reads the files your other programs already make:",
    /** Each source: its name (in bold), then what to export from it. */
    sources: {
      phone: "iPhone, Mac or Android contacts",
      phoneFile: "a vCard (.vcf) export",
      google: "Google Contacts or Outlook",
      googleFile: "their CSV export",
      linkedInFile: "Connections.csv from \"Get a copy of your data\"",
      calendars: "Conferences and calendars",
      calendarsFile: ".ics files",
    },
    drop:
      "You can also drop files on the window at any time. To look around first, try sample data: a dozen made-up colleagues and two events, marked “Sample” and removed in one click.",
    import: "Import a file…",
    addContact: "Add my first contact",
    sample: "Try sample data",
    explore: "Look around first",
  },
};
