//! The weekly review: the week's contacts made, follow-ups done and missed,
//! referrals, new contacts, CME hours, and what the coming week holds.
