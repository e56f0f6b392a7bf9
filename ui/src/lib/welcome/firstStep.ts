/** What the user chose to do first at the end of the welcome. */
export type FirstStep = "import" | "add_contact" | "sample" | "explore";
