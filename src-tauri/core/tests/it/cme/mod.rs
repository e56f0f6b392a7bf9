//! Continuing medical education: credits, certificates, cycles and where
//! they stand, the credits to claim after an event, and the renewal report.

mod certificates;
mod claims;
mod credits;
mod progress;
mod properties;
mod report;
