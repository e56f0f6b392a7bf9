/** The strings of the transfer screens (ui/src/lib/transfer). */
export const transfer = {};
