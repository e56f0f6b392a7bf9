/** The strings of the network screens (ui/src/lib/network). */
export const network = {};
