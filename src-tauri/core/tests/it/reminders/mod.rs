//! The reminder engine: follow-ups, stay in touch, milestones, the
//! calendar's reminders, what the user does with a reminder, time and
//! zones, and the state that follows (or goes with) each subject.

mod actions;
mod calendar;
mod follow_up;
mod halves;
mod merge;
mod milestones;
mod pages;
mod properties;
mod stay_in_touch;
mod subjects;
mod time;
mod undo;
mod workflows;
