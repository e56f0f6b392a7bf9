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
};
