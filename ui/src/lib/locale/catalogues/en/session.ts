/** The strings of the session screens (ui/src/lib/session). */
export const session = {};
