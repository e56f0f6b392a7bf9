//! A certificate authority made for one test, and a server certificate for
//! 127.0.0.1 and localhost signed by it: Radicale serves with the second,
//! the client trusts the first (or, to see it refused, does not).

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};

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

/// Makes a fresh authority and a server certificate.
pub fn make() -> TestCertificates {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("authority");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
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
