/** The strings of the widgets screens (ui/src/lib/widgets). */
export const widgets = {};
