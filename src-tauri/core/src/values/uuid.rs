//! 128 bits written as a UUID, the form every uid Curbside makes takes.

/// `bytes` as a UUID of `version` (4: random; 8: made by the application),
/// with the RFC 9562 variant: `xxxxxxxx-xxxx-Vxxx-yxxx-xxxxxxxxxxxx`.
pub fn uuid_text(mut bytes: [u8; 16], version: u8) -> String {
    bytes[6] = (bytes[6] & 0x0f) | (version << 4);
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::uuid_text;

    #[test]
    fn the_version_and_variant_are_written_into_the_bits() {
        assert_eq!(
            uuid_text([0xff; 16], 4),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(
            uuid_text([0; 16], 8),
            "00000000-0000-8000-8000-000000000000"
        );
    }
}
