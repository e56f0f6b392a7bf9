/** The strings of the profile screens (ui/src/lib/profile). */
export const profile = {};
