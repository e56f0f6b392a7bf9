import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderMain } from "../../test/renderMain";

async function openNewContact() {
  const rendered = await renderMain();
  await rendered.user.click(screen.getByTestId("new-contact"));
  return { ...rendered, form: screen.getByTestId("contact-form") };
}

describe("the contact form's errors", () => {
  it("shows every problem at its field at once and moves focus to the first", async () => {
    const { api, user, form } = await openNewContact();
    await user.type(within(form).getByLabelText("Emails"), "ana at example.org");
    await user.type(within(form).getByLabelText("Phones"), "call me");
    // 31, then April: the day picked stays, refused.
    await user.selectOptions(within(form).getByLabelText("Birthday day"), "31");
    await user.selectOptions(within(form).getByLabelText("Birthday month"), "April");

    await user.click(screen.getByTestId("save-contact"));

    expect(api.createContact).not.toHaveBeenCalled();
    const name = within(form).getByLabelText("Name");
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Name is required");
    expect(within(form).getByLabelText("Emails")).toHaveAccessibleDescription(
      'One per line "ana at example.org" is not an email address',
    );
    expect(within(form).getByLabelText("Phones")).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByLabelText("Birthday day")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("field-error-contact-birthday")).toHaveTextContent("April has only 30 days");
    expect(screen.getByTestId("form-error-summary")).toHaveTextContent("4 fields need your attention");
    expect(within(form).getByLabelText("Credentials")).not.toHaveAttribute("aria-invalid");
  });

  it("clears a field's error as it is fixed, and keeps it while it is still wrong", async () => {
    const { user, form } = await openNewContact();
    await user.type(within(form).getByLabelText("Emails"), "ana");
    await user.click(screen.getByTestId("save-contact"));
    expect(screen.getByTestId("form-error-summary")).toHaveTextContent("2 fields need");

    await user.type(within(form).getByLabelText("Name"), "Ana Lima");
    expect(within(form).getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByTestId("field-error-contact-name")).not.toBeInTheDocument();

    await user.type(within(form).getByLabelText("Emails"), " lima");
    expect(screen.getByTestId("field-error-contact-emails")).toHaveTextContent('"ana lima" is not an email address');
    await user.clear(within(form).getByLabelText("Emails"));
    await user.type(within(form).getByLabelText("Emails"), "ana@example.org");
    expect(screen.queryByTestId("field-error-contact-emails")).not.toBeInTheDocument();
    expect(screen.queryByTestId("form-error-summary")).not.toBeInTheDocument();
  });

  it("puts the backend's refusal of a field on that field", async () => {
    const { api, user, form } = await openNewContact();
    api.createContact.mockRejectedValueOnce({
      code: "invalid_input",
      message: '"Mars/Olympus" is not a time zone Curbside knows: use a name like Europe/Berlin',
      field: "time_zone",
    });
    await user.type(within(form).getByLabelText("Name"), "Ana Lima");
    await user.type(within(form).getByLabelText("Time zone"), "Mars/Olympus");

    await user.click(screen.getByTestId("save-contact"));

    const zone = within(form).getByLabelText("Time zone");
    await waitFor(() => expect(zone).toHaveFocus());
    expect(zone).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("field-error-contact-time-zone")).toHaveTextContent("is not a time zone Curbside knows");
    expect(screen.queryByTestId("form-error")).not.toBeInTheDocument();

    await user.type(zone, "x");
    expect(zone).not.toHaveAttribute("aria-invalid");
  });
});

describe("the birthday picker", () => {
  it("saves a day and month without a year, 29 February included", async () => {
    const { api, user, form } = await openNewContact();
    await user.type(within(form).getByLabelText("Name"), "Ana Lima");
    await user.selectOptions(within(form).getByLabelText("Birthday month"), "February");
    await user.selectOptions(within(form).getByLabelText("Birthday day"), "29");

    await user.click(screen.getByTestId("save-contact"));

    expect(api.createContact).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ birthday: "--02-29" }));
  });

  it("saves a full date with the year, and refuses 29 February of a common year at the field", async () => {
    const { api, user, form } = await openNewContact();
    await user.type(within(form).getByLabelText("Name"), "Ana Lima");
    await user.selectOptions(within(form).getByLabelText("Birthday month"), "February");
    await user.selectOptions(within(form).getByLabelText("Birthday day"), "29");
    await user.type(within(form).getByLabelText("Birthday year (optional)"), "1981");

    await user.click(screen.getByTestId("save-contact"));

    expect(api.createContact).not.toHaveBeenCalled();
    expect(within(form).getByLabelText("Birthday day")).toHaveFocus();
    expect(screen.getByTestId("field-error-contact-birthday")).toHaveTextContent("1981 is not a leap year");

    await user.clear(within(form).getByLabelText("Birthday year (optional)"));
    await user.type(within(form).getByLabelText("Birthday year (optional)"), "1980");
    expect(screen.queryByTestId("field-error-contact-birthday")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("save-contact"));
    expect(api.createContact).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ birthday: "1980-02-29" }));
  });

  it("shows a stored birthday in the picker when editing", async () => {
    const { user } = await renderMain({ contacts: [makeContact({ id: 9, display_name: "Bo Park", birthday: "--07-04" })] });
    await user.click(screen.getAllByTestId("contact-row")[0]);
    await user.click(await screen.findByTestId("edit-contact"));

    expect(screen.getByLabelText("Birthday month")).toHaveValue("7");
    expect(screen.getByLabelText("Birthday day")).toHaveValue("4");
    expect(screen.getByLabelText("Birthday year (optional)")).toHaveValue("");
  });
});
