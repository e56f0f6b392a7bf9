//! Curbside's own wording of each template: short, warm and professional,
//! what a physician would send a colleague. Each optional detail (the
//! event, the topic, the milestone, the user's name) is written so that a
//! draft without it reads well: its clause ("about {topic}", "at {event}")
//! goes, or its line when nothing on it is left.
//! Text in square brackets is for the user to fill in before sending.

use super::TemplateKind;

/// The subject and body Curbside writes for `kind`.
pub(super) fn wording(kind: TemplateKind) -> (&'static str, &'static str) {
    match kind {
        TemplateKind::FollowUp => (
            "Following up on our conversation",
            "Dear {salutation},

I enjoyed our conversation about {topic} at {event}, and I have been thinking about it since.

I hope all is well with you. Do let me know if I can ever help with anything.

Best wishes,
{my_name}",
        ),
        TemplateKind::Congratulations => (
            "Congratulations!",
            "Dear {salutation},

Congratulations on your {milestone}!
{topic} — very well deserved.

Wishing you every success with what comes next.

Best wishes,
{my_name}",
        ),
        TemplateKind::Birthday => (
            "Happy birthday!",
            "Dear {salutation},

Happy birthday! I hope you have a wonderful day, and a year ahead full of good things.

Warm wishes,
{my_name}",
        ),
        TemplateKind::ReferralThanks => (
            "Thank you for the referral",
            "Dear {salutation},

Thank you for thinking of me with this referral; I appreciate your trust.
I will keep you informed, and I am always glad to help with your patients.

Best wishes,
{my_name}",
        ),
        TemplateKind::Introduction => (
            "An introduction",
            "Dear {salutation},

I would like to introduce you to [name, role and institution].
I think you would have a lot to talk about: [why you should meet].

I am happy to connect you both by email.

Best wishes,
{my_name}",
        ),
        TemplateKind::Article => (
            "An article you may find interesting",
            "Dear {salutation},

I came across this article and thought of you:
[link]

It made me think of our conversation about {topic}.

Best wishes,
{my_name}",
        ),
        TemplateKind::IntroductionAsk => (
            "Would you like an introduction?",
            "Dear {salutation},

Would you like me to introduce you to {other_name} ({other_line})?
Why: {reason}

If you would, I will put you in touch by email; if not, no problem at all.

Best wishes,
{my_name}",
        ),
        TemplateKind::Trip => (
            "Coffee while I'm in town?",
            "Dear {salutation},

I'll be in {city} for {event} on {dates}.
Would you have time for a coffee while I am in town? I would love to catch up.

Best wishes,
{my_name}",
        ),
        TemplateKind::IntroductionBoth => (
            "Introduction: {name} and {other_name}",
            "Dear {salutation} and {other_salutation},

I am delighted to introduce you to each other, as you both kindly agreed.
{name}: {line}.
{other_name}: {other_line}.
Why I think you should meet: {reason}

I will leave it to you to take it from here.

Best wishes,
{my_name}
{my_credentials}
{my_pitch}
{my_links}",
        ),
        TemplateKind::IntroductionFollowUp => (
            "How did the introduction go?",
            "Dear {salutation} and {other_salutation},

It has been a few weeks since I put {name} and {other_name} in touch, and I wondered how it went.
Why I thought you should meet: {reason}

Did you manage to talk? I would love to hear, and do tell me if I can help with anything more.

Best wishes,
{my_name}",
        ),
    }
}
