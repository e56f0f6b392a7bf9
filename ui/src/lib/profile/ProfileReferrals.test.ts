import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { makeReferral } from "../../test/fakeReferrals";
import { openProfile } from "../../test/renderMain";

const anna = makeContact({ id: 1, display_name: "Anna Berg", specialty: "Cardiology" });
const bo = makeContact({ id: 2, display_name: "Bo Lind" });
const lines = () => screen.queryAllByTestId("profile-referral").map((line) => line.textContent?.trim());

describe("the referrals on a profile", () => {
  it("lists only this colleague's referrals and logs one for them without picking them again", async () => {
    const { api, user } = await openProfile("Anna Berg", {
      contacts: [anna, bo],
      referrals: [
        makeReferral({ id: 1, contact_id: 1, contact_name: "Anna Berg", direction: "sent", on: "2026-01-10", specialty: "Cardiology" }),
        makeReferral({ id: 2, contact_id: 2, contact_name: "Bo Lind", direction: "sent", on: "2026-01-11" }),
      ],
    });
    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(lines()[0]).toContain("Sent Jan 10, 2026 · Cardiology");

    await user.click(screen.getByTestId("add-referral"));
    const form = screen.getByTestId("profile-referral-form");
    expect(within(form).queryByLabelText("Colleague")).not.toBeInTheDocument();
    await user.clear(within(form).getByLabelText("Day"));
    await user.type(within(form).getByLabelText("Day"), "2026-02-03");
    await user.click(screen.getByTestId("save-profile-referral"));

    expect(api.addReferral).toHaveBeenCalledWith(expect.objectContaining({ contact_id: 1, direction: "received", on: "2026-02-03" }));
    await waitFor(() => expect(lines()).toHaveLength(2));
    expect(lines()[0]).toContain("Received Feb 3, 2026");
  });
});
