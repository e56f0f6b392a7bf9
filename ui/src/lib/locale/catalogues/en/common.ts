/**
 * Words many screens use the same way (buttons, states). A screen's own
 * sentence goes in that screen's file, even where it repeats a word here.
 */
export const common = {
  add: "Add",
  cancel: "Cancel",
  close: "Close",
  copy: "Copy",
  copied: "Copied",
  delete: "Delete",
  edit: "Edit",
  keep: "Keep",
  loading: "Loading…",
  remove: "Remove",
  save: "Save",
  saving: "Saving…",
  saved: "Saved",
  optional: "(optional)",
  /** Under a long list shown a page at a time (Today's sections, a timeline). */
  paging: {
    hidden_one: "… {{n}} more not shown",
    hidden_other: "… {{n}} more not shown",
    showMore_one: "Show {{n}} more",
    showMore_other: "Show {{n}} more",
    showAll: "Show all",
  },
};
