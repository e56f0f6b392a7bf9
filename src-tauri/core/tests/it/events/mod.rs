//! The calendar: events and their occurrences, repeating events, time
//! zones, key dates, what the user plans around an event, and what the
//! calendar refuses to store.

mod calendar;
mod deadlines;
mod plan;
mod recurrence;
mod time_zones;
mod validation;
