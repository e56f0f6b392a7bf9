//! A certificate authority made for one test, and a server certificate for
//! 127.0.0.1 and localhost signed by it: Radicale serves with the second,
//! the client trusts the first (or, to see it refused, does not).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose,
};

const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// The files Radicale is given, and the authority a client may trust.
pub struct TestCertificates {
    /// The authority's certificate (DER), to trust.
    pub ca_der: Vec<u8>,
    /// The authority's certificate (PEM), for a trust file.
    pub ca_pem: String,
    /// The server's certificate (PEM).
    pub server_pem: String,
    /// The server's private key (PEM).
    pub server_key_pem: String,
}

/// Makes a fresh authority and a server certificate, valid from yesterday
/// for a month, for server authentication only (macOS's verifier refuses
/// a server certificate valid for longer than 825 days or without that
/// purpose).
pub fn make() -> TestCertificates {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("a clock after 1970");
    let now = rcgen::date_time_ymd(1970, 1, 1) + since_epoch;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("authority");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    ca_params.not_before = now - DAY;
    ca_params.not_after = now + 30 * DAY;
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Curbside test authority");
    let ca_key = KeyPair::generate().expect("an authority key");
    let ca = CertifiedIssuer::self_signed(ca_params, ca_key).expect("the authority");

    let mut server_params =
        CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .expect("server names");
    server_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "127.0.0.1");
    server_params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    server_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    server_params.not_before = now - DAY;
    server_params.not_after = now + 30 * DAY;
    let server_key = KeyPair::generate().expect("a server key");
    let server = server_params
        .signed_by(&server_key, &ca)
        .expect("the server certificate");
    TestCertificates {
        ca_der: ca.der().to_vec(),
        ca_pem: ca.pem(),
        server_pem: server.pem(),
        server_key_pem: server_key.serialize_pem(),
    }
}
