//! vCards: read (real programs' exports included), written, and exported
//! then imported back unchanged.

mod read;
mod real;
mod roundtrip;
mod write;
