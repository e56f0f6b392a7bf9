//! Working a conference: the trip radar (people worth seeing where the
//! event is), a brief per person to meet, the "I just met…" capture, and the
//! after-event round of follow-ups.
