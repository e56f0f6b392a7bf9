/**
 * The Network workflows' part of the backend door (the search over their
 * text, referrals, introductions and your own presence, mentorship, opportunities and memberships,
 * conference mode, the patient-data guard and the weekly review). `Api`
 * (../api.ts) extends `NetworkApi`, so components still receive one `Api`.
 */
import type { ActionItem } from "../bindings/ActionItem";
import type { AfterEvent } from "../bindings/AfterEvent";
import type { Brief } from "../bindings/Brief";
import type { CaptureDraft } from "../bindings/CaptureDraft";
import type { CaptureMatch } from "../bindings/CaptureMatch";
import type { Captured } from "../bindings/Captured";
import type { CommitteeRole } from "../bindings/CommitteeRole";
import type { Finding } from "../bindings/Finding";
import type { Goal } from "../bindings/Goal";
import type { GoalDraft } from "../bindings/GoalDraft";
import type { Introduction } from "../bindings/Introduction";
import type { IntroductionDraft } from "../bindings/IntroductionDraft";
import type { IntroductionStatus } from "../bindings/IntroductionStatus";
import type { LetterDraft } from "../bindings/LetterDraft";
import type { LetterRequest } from "../bindings/LetterRequest";
import type { LetterStatus } from "../bindings/LetterStatus";
import type { Meeting } from "../bindings/Meeting";
import type { MeetingDraft } from "../bindings/MeetingDraft";
import type { Membership } from "../bindings/Membership";
import type { MembershipDraft } from "../bindings/MembershipDraft";
import type { Mentorship } from "../bindings/Mentorship";
import type { NetworkHit } from "../bindings/NetworkHit";
import type { MentorshipDraft } from "../bindings/MentorshipDraft";
import type { MessageDraft } from "../bindings/MessageDraft";
import type { Opportunity } from "../bindings/Opportunity";
import type { OpportunityDraft } from "../bindings/OpportunityDraft";
import type { OpportunityFilter } from "../bindings/OpportunityFilter";
import type { OpportunityStatus } from "../bindings/OpportunityStatus";
import type { Outcome } from "../bindings/Outcome";
import type { OwnMilestone } from "../bindings/OwnMilestone";
import type { OwnMilestoneDraft } from "../bindings/OwnMilestoneDraft";
import type { Presence } from "../bindings/Presence";
import type { Radar } from "../bindings/Radar";
import type { Referral } from "../bindings/Referral";
import type { ReferralDraft } from "../bindings/ReferralDraft";
import type { ReferralFilter } from "../bindings/ReferralFilter";
import type { ReferralStats } from "../bindings/ReferralStats";
import type { Side } from "../bindings/Side";
import type { TripPlan } from "../bindings/TripPlan";
import type { WeekReview } from "../bindings/WeekReview";
import type { Weekday } from "../bindings/Weekday";
import { call } from "./ipc";

/** What the Network screen and the workflows' profile sections ask of the backend. */
export interface NetworkApi {
  // — Search over every workflow's text (the Network screen's field) —
  /** The workflows' rows whose text or people match every word of `query`, best first. */
  networkSearch(query: string, limit: number): Promise<NetworkHit[]>;
  //
  // — Referrals (the Network workflows) —
  /** The referrals `filter` keeps, newest first (every field narrows; `text`: words of the name, specialty or note). */
  referrals(filter: ReferralFilter): Promise<Referral[]>;
  /** Logs a referral (an empty specialty takes the colleague's). */
  addReferral(draft: ReferralDraft): Promise<Referral>;
  updateReferral(id: number, draft: ReferralDraft): Promise<Referral>;
  deleteReferral(id: number): Promise<void>;
  /** Every specialty the book knows, for the referral form's suggestions. */
  referralSpecialties(): Promise<string[]>;
  /** The ledger's numbers today: per colleague and specialty, one-sided, not referred to in a year. */
  referralStats(): Promise<ReferralStats>;
  //
  // — Introductions and your own presence (the Network workflows) —
  /** Every introduction, newest first. */
  intros(): Promise<Introduction[]>;
  /** The introductions a contact is either side of (their timeline). */
  introsForContact(contactId: number): Promise<Introduction[]>;
  /** Proposes introducing one contact to another, with why. */
  addIntro(draft: IntroductionDraft): Promise<Introduction>;
  /** Moves an introduction on; `side` records one side's answer. */
  setIntroStatus(id: number, status: IntroductionStatus, side: Side | null): Promise<Introduction>;
  deleteIntro(id: number): Promise<void>;
  /** The ask to one side: "Would you like me to introduce you to …?" */
  introAskDraft(id: number, side: Side): Promise<MessageDraft>;
  /** The email introducing the two to each other, to both. */
  introEmailDraft(id: number): Promise<MessageDraft>;
  /** The user's own name, credentials, bio, pitch, links and CV path. */
  presence(): Promise<Presence>;
  /** Saves the whole presence; returns it as stored. */
  setPresence(presence: Presence): Promise<Presence>;
  /** The user's own milestones, newest first. */
  ownMilestones(): Promise<OwnMilestone[]>;
  addOwnMilestone(draft: OwnMilestoneDraft): Promise<OwnMilestone>;
  deleteOwnMilestone(id: number): Promise<void>;
  //
  // — Mentorship (the Network workflows) —
  /** Every mentor and mentee, mentors first, with goals and meetings. */
  mentorships(): Promise<Mentorship[]>;
  /** A contact's mentorships (for the profile). */
  mentorshipsOf(contact: number): Promise<Mentorship[]>;
  addMentorship(draft: MentorshipDraft): Promise<Mentorship>;
  updateMentorship(id: number, draft: MentorshipDraft): Promise<Mentorship>;
  deleteMentorship(id: number): Promise<void>;
  addGoal(mentorship: number, draft: GoalDraft): Promise<Goal>;
  updateGoal(id: number, draft: GoalDraft): Promise<Goal>;
  deleteGoal(id: number): Promise<void>;
  /** Logs a meeting with its action items (and a meeting on the contact's timeline). */
  logMeeting(mentorship: number, draft: MeetingDraft): Promise<Meeting>;
  deleteMeeting(id: number): Promise<void>;
  setActionDone(id: number, done: boolean): Promise<ActionItem>;
  /** Every letter request, the nearest deadline first. */
  letterRequests(): Promise<LetterRequest[]>;
  letterRequestsOf(contact: number): Promise<LetterRequest[]>;
  addLetterRequest(draft: LetterDraft): Promise<LetterRequest>;
  updateLetterRequest(id: number, draft: LetterDraft): Promise<LetterRequest>;
  setLetterStatus(id: number, status: LetterStatus): Promise<LetterRequest>;
  setLetterOutcome(id: number, outcome: Outcome): Promise<LetterRequest>;
  deleteLetterRequest(id: number): Promise<void>;
  //
  // — Opportunities and memberships (the Network workflows) —
  /** Opportunities the filter keeps: open ones first, by deadline. */
  opportunities(filter: OpportunityFilter): Promise<Opportunity[]>;
  addOpportunity(draft: OpportunityDraft): Promise<Opportunity>;
  /** Replaces an opportunity's fields and people (its status stays). */
  updateOpportunity(id: number, draft: OpportunityDraft): Promise<Opportunity>;
  /** Moves an opportunity to a status today, kept in its history. */
  setOpportunityStatus(id: number, status: OpportunityStatus): Promise<Opportunity>;
  deleteOpportunity(id: number): Promise<void>;
  /** Every membership, active ones first by next renewal. */
  memberships(): Promise<Membership[]>;
  addMembership(draft: MembershipDraft): Promise<Membership>;
  updateMembership(id: number, draft: MembershipDraft): Promise<Membership>;
  /** Dues paid: the renewal moves to `to`, or a year on. */
  renewMembership(id: number, to: string | null): Promise<Membership>;
  deleteMembership(id: number): Promise<void>;
  addMembershipRole(id: number, role: CommitteeRole): Promise<Membership>;
  /** Removes the role at `index` (0 the first). */
  removeMembershipRole(id: number, index: number): Promise<Membership>;
  /** Links a calendar event as one of the society's meetings. */
  linkMembershipEvent(id: number, event: number): Promise<Membership>;
  unlinkMembershipEvent(id: number, event: number): Promise<Membership>;
  /** The societies an event is a meeting of. */
  eventMemberships(event: number): Promise<Membership[]>;
  //
  // — Conference mode and trip radar (the Network workflows) —
  /** The people worth seeing at an event's venue, with why. */
  conferenceRadar(eventId: number): Promise<Radar>;
  /** Adds a contact to the people to meet and drafts "I'll be in {city}…, coffee?". */
  conferencePlanToMeet(eventId: number, contactId: number): Promise<TripPlan>;
  /** A one-page brief on each person to meet (or on one contact). */
  conferenceBrief(eventId: number, contactId: number | null): Promise<Brief[]>;
  /** The contact a capture of `name` would go to, if any. */
  conferenceCaptureMatch(name: string, from: string): Promise<CaptureMatch | null>;
  /** "I just met…": marks the person met at the event and logs the line. */
  conferenceCapture(eventId: number, draft: CaptureDraft): Promise<Captured>;
  /** Everyone met at the event with a follow-up draft, and those planned and not met. */
  conferenceAfter(eventId: number): Promise<AfterEvent>;
  //
  // — The patient-data guard and the weekly review (the Network workflows) —
  /** What looks like patient data in each text (a list per text, empty when clear). */
  patientDataScan(texts: string[]): Promise<Finding[][]>;
  /** The week holding `day` (YYYY-MM-DD), starting on `firstWeekday` (the user's first day of the week), and the week after it. */
  reviewWeek(day: string, firstWeekday: Weekday): Promise<WeekReview>;
}

/** The real backend's Network workflows, reached over Tauri IPC. */
export const networkApi: NetworkApi = {
  // — Search over every workflow's text (the Network screen's field) —
  networkSearch: (query, limit) => call("network_search", { query, limit }),
  //
  // — Referrals (the Network workflows) —
  referrals: (filter) => call("referrals_list", { filter }),
  addReferral: (draft) => call("referrals_add", { draft }),
  updateReferral: (id, draft) => call("referrals_update", { id, draft }),
  deleteReferral: async (id) => {
    await call("referrals_delete", { id });
  },
  referralSpecialties: () => call("referrals_specialties"),
  referralStats: () => call("referrals_stats"),
  //
  // — Introductions and your own presence (the Network workflows) —
  intros: () => call("intros_list"),
  introsForContact: (contactId) => call("intros_for_contact", { contactId }),
  addIntro: (draft) => call("intros_add", { draft }),
  setIntroStatus: (id, status, side) => call("intros_set_status", { id, status, side }),
  deleteIntro: async (id) => {
    await call("intros_delete", { id });
  },
  introAskDraft: (id, side) => call("intros_ask_draft", { id, side }),
  introEmailDraft: (id) => call("intros_email_draft", { id }),
  presence: () => call("presence_get"),
  setPresence: (presence) => call("presence_set", { presence }),
  ownMilestones: () => call("presence_milestones"),
  addOwnMilestone: (draft) => call("presence_add_milestone", { draft }),
  deleteOwnMilestone: async (id) => {
    await call("presence_delete_milestone", { id });
  },
  //
  // — Mentorship (the Network workflows) —
  mentorships: () => call("mentorship_list"),
  mentorshipsOf: (contact) => call("mentorship_for_contact", { contact }),
  addMentorship: (draft) => call("mentorship_add", { draft }),
  updateMentorship: (id, draft) => call("mentorship_update", { id, draft }),
  deleteMentorship: async (id) => {
    await call("mentorship_delete", { id });
  },
  addGoal: (mentorship, draft) => call("mentorship_add_goal", { mentorship, draft }),
  updateGoal: (id, draft) => call("mentorship_update_goal", { id, draft }),
  deleteGoal: async (id) => {
    await call("mentorship_delete_goal", { id });
  },
  logMeeting: (mentorship, draft) => call("mentorship_log_meeting", { mentorship, draft }),
  deleteMeeting: async (id) => {
    await call("mentorship_delete_meeting", { id });
  },
  setActionDone: (id, done) => call("mentorship_set_action_done", { id, done }),
  letterRequests: () => call("mentorship_letters"),
  letterRequestsOf: (contact) => call("mentorship_letters_for_contact", { contact }),
  addLetterRequest: (draft) => call("mentorship_add_letter", { draft }),
  updateLetterRequest: (id, draft) => call("mentorship_update_letter", { id, draft }),
  setLetterStatus: (id, status) => call("mentorship_set_letter_status", { id, status }),
  setLetterOutcome: (id, outcome) => call("mentorship_set_letter_outcome", { id, outcome }),
  deleteLetterRequest: async (id) => {
    await call("mentorship_delete_letter", { id });
  },
  //
  // — Opportunities and memberships (the Network workflows) —
  opportunities: (filter) => call("opportunities_list", { filter }),
  addOpportunity: (draft) => call("opportunities_add", { draft }),
  updateOpportunity: (id, draft) => call("opportunities_update", { id, draft }),
  setOpportunityStatus: (id, status) => call("opportunities_set_status", { id, status }),
  deleteOpportunity: async (id) => {
    await call("opportunities_delete", { id });
  },
  memberships: () => call("memberships_list"),
  addMembership: (draft) => call("memberships_add", { draft }),
  updateMembership: (id, draft) => call("memberships_update", { id, draft }),
  renewMembership: (id, to) => call("memberships_renew", { id, to }),
  deleteMembership: async (id) => {
    await call("memberships_delete", { id });
  },
  addMembershipRole: (id, role) => call("memberships_add_role", { id, role }),
  removeMembershipRole: (id, index) => call("memberships_remove_role", { id, index }),
  linkMembershipEvent: (id, event) => call("memberships_link_event", { id, event }),
  unlinkMembershipEvent: (id, event) => call("memberships_unlink_event", { id, event }),
  eventMemberships: (event) => call("memberships_of_event", { event }),
  //
  // — Conference mode and trip radar (the Network workflows) —
  conferenceRadar: (eventId) => call("conference_radar", { event: eventId }),
  conferencePlanToMeet: (eventId, contactId) => call("conference_plan_to_meet", { event: eventId, contact: contactId }),
  conferenceBrief: (eventId, contactId) => call("conference_brief", { event: eventId, contact: contactId }),
  conferenceCaptureMatch: (name, from) => call("conference_capture_match", { name, from }),
  conferenceCapture: (eventId, draft) => call("conference_capture", { event: eventId, draft }),
  conferenceAfter: (eventId) => call("conference_after", { event: eventId }),
  //
  // — The patient-data guard and the weekly review (the Network workflows) —
  patientDataScan: (texts) => call("patient_data_scan", { texts }),
  reviewWeek: (day, firstWeekday) => call("review_week", { day, firstWeekday }),
};
