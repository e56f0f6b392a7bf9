/** The strings of the messages screens (ui/src/lib/messages). */
export const messages = {};
