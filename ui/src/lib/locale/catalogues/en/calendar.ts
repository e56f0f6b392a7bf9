/** The strings of the calendar screens (ui/src/lib/calendar). */
export const calendar = {};
