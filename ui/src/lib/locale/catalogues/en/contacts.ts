/** The strings of the contacts screens (ui/src/lib/contacts). */
export const contacts = {};
