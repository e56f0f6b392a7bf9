//! The two fixed-list values the `sync` commands read, through the same
//! parser as every enumerated flag (`shared::choice_arg`): which side of a
//! conflict to keep (the core's `conflicts::Keep`, spelled as its JSON
//! spells it; a test below keeps the two in step) and on/off.

use curbside_core::choice::Choice;
use curbside_core::sync::conflicts::Keep;

/// `--keep here|there`: the core's [`Keep`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeepArg(pub Keep);

impl Choice for KeepArg {
    const WHAT: &'static str = "side of a conflict";
    const ALL: &'static [Self] = &[KeepArg(Keep::Here), KeepArg(Keep::There)];

    fn name(self) -> &'static str {
        match self.0 {
            Keep::Here => "here",
            Keep::There => "there",
        }
    }

    fn help(self) -> &'static str {
        match self.0 {
            Keep::Here => "this computer's version",
            Keep::There => "the server's version (the other computer's or the phone's)",
        }
    }
}

/// `on|off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switch(pub bool);

impl Choice for Switch {
    const WHAT: &'static str = "setting";
    const ALL: &'static [Self] = &[Switch(true), Switch(false)];

    fn name(self) -> &'static str {
        if self.0 {
            "on"
        } else {
            "off"
        }
    }

    fn help(self) -> &'static str {
        if self.0 {
            "contact notes go to the address book in plain text too"
        } else {
            "contact notes travel only sealed"
        }
    }
}

#[cfg(test)]
mod tests {
    use curbside_core::choice::Choice;

    use super::KeepArg;
    use crate::shared::output::name_of;

    #[test]
    fn each_side_is_named_as_the_cores_json_names_it() {
        for side in KeepArg::ALL {
            assert_eq!(side.name(), name_of(&side.0));
        }
    }
}
