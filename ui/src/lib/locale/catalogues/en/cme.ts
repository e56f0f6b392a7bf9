/** The strings of the cme screens (ui/src/lib/cme). */
export const cme = {};
