/** Today: what is due, by section. */
export const today = {
  title: "Today",
  sections: {
    deadlines: "Deadlines",
    due: "Due now",
    week: "Next 7 days",
  },
};

/** Times and durations written in words, shared by Today and the profile. */
export const time = {
  overdueDays_one: "overdue · {{n}} day",
  overdueDays_other: "overdue · {{n}} days",
  theirTime: "it is {{time}} for {{name}}",
  theirTimeUnnamed: "it is {{time}} where they are",
  noContactYet: "no contact yet",
  lastContactToday: "last contact today",
  lastContact: "last contact {{when}}",
  daysLeft_one: "{{n}} day left",
  daysLeft_other: "{{n}} days left",
  sinceToday: "today",
  sinceDays: "{{n}} d",
  sinceMonths: "{{n}} mo",
  sinceYears: "{{n}} y",
};
