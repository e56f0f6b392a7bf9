/** The strings of the welcome screens (ui/src/lib/welcome). */
export const welcome = {};
