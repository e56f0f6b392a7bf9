/** The parts many screens share: pickers, the month/day field, the patient-data warning, toasts, form summaries. */
export const widgets = {
  fieldsToFix_one: "One field needs your attention: see it marked above.",
  fieldsToFix_other: "{{n}} fields need your attention: see them marked above.",
  contactPicker: {
    /** The picker's × button; `label` is the field's own label, in lower case. */
    clear: "Clear {{label}}",
    placeholder: "Search by name",
  },
  contactSearch: {
    matches: "Matching contacts",
  },
  people: {
    alsoWith: "Also with",
    remove: "Remove {{name}}",
    search: "Search for other people who were there",
  },
  toast: {
    dismiss: "Dismiss",
  },
  monthDay: {
    month: "Month",
    day: "Day",
    year: "Year",
    monthOf: "{{label}} month",
    dayOf: "{{label}} day",
    yearOf: "{{label}} year (optional)",
    yearOptional: "The year is optional",
    problems: {
      month: "Choose the month",
      day: "Choose the day",
      year: "Write the year with four digits, or leave it empty",
      notLeapYear_one: "{{year}} is not a leap year: {{name}} has {{n}} day",
      notLeapYear_other: "{{year}} is not a leap year: {{name}} has {{n}} days",
      tooFewDays_one: "{{name}} has only {{n}} day",
      tooFewDays_other: "{{name}} has only {{n}} days",
    },
  },
  patientData: {
    title: "This looks like patient data",
    why:
      "Curbside is a networking tool, not a clinical record, and your notes sync to your own server. Keep patients' identifiers out of it.",
    looksLike: "Looks like {{what}}:",
    saveAnyway: "Save anyway",
  },
};
