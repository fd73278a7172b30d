//! TLS with libpq's `sslmode` meanings, on rustls (tokio-postgres itself
//! accepts only disable/prefer/require and verifies nothing):
//!
//! - `prefer`, `require`: encrypted, the certificate is not checked;
//! - `verify-ca`: the chain must lead to `sslrootcert`, any host name;
//! - `verify-full`: the chain and the host name are checked.
//!
//! As in libpq, `prefer` and `require` with a root certificate behave as
//! `verify-ca`. No CA bundle is read unless `sslrootcert=system` asks for
//! the system's.

use std::path::Path;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::conninfo::{ConnSettings, SslMode};
use crate::error::{Error, Result};

/// The connector for the settings' `sslmode` and `sslrootcert`.
pub fn connector(settings: &ConnSettings) -> Result<MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let root_cert = settings.ssl_root_cert.as_deref();
    let mode = match (settings.ssl_mode, root_cert) {
        (SslMode::Allow | SslMode::Prefer | SslMode::Require, Some(_)) => SslMode::VerifyCa,
        (mode, _) => mode,
    };
    let verifier: Arc<dyn ServerCertVerifier> = match mode {
        SslMode::Disable | SslMode::Allow | SslMode::Prefer | SslMode::Require => {
            Arc::new(EncryptOnly(provider.clone()))
        }
        SslMode::VerifyCa | SslMode::VerifyFull => {
            let path = root_cert.ok_or_else(|| {
                Error::BadConnectionSetting(format!(
                    "sslmode={mode} needs the certificate of the CA that signed the server's: \
                     set sslrootcert (or put it in ~/.postgresql/root.crt)"
                ))
            })?;
            let roots = root_store(path, mode)?;
            let webpki =
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                    .build()
                    .map_err(|e| {
                        Error::BadConnectionSetting(format!(
                            "cannot use the root certificate (sslrootcert): {e}"
                        ))
                    })?;
            if mode == SslMode::VerifyCa {
                Arc::new(AnyHostName(webpki))
            } else {
                webpki
            }
        }
    };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::BadConnectionSetting(format!("cannot set up TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// The CA certificates in `path` (PEM), or the system's for `system`.
fn root_store(path: &Path, mode: SslMode) -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    if path.as_os_str() == "system" {
        let found = rustls_native_certs::load_native_certs();
        roots.add_parsable_certificates(found.certs);
    } else {
        // The path is not shown: it is a connection string's value, and
        // may have swallowed what follows it (`sslrootcert=/ca.pem;password=...`).
        if !path.exists() {
            return Err(Error::BadConnectionSetting(format!(
                "sslmode={mode} needs the certificate of the CA that signed the server's, and \
                 the root certificate file (sslrootcert, default ~/.postgresql/root.crt) does \
                 not exist: set sslrootcert to that certificate"
            )));
        }
        let unreadable = |e: &dyn std::fmt::Display| {
            Error::BadConnectionSetting(format!(
                "cannot read the root certificate file (sslrootcert) that sslmode={mode} needs: {e}"
            ))
        };
        let certs = CertificateDer::pem_file_iter(path)
            .map_err(|e| unreadable(&e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| unreadable(&e))?;
        roots.add_parsable_certificates(certs);
    }
    if roots.is_empty() {
        return Err(Error::BadConnectionSetting(
            "the root certificate file (sslrootcert) holds no usable CA certificate".into(),
        ));
    }
    Ok(roots)
}

/// `prefer` and `require`: accept any certificate, but still check that the
/// server holds its key (the handshake signatures).
#[derive(Debug)]
struct EncryptOnly(Arc<CryptoProvider>);

impl ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the full check, except that any host name is accepted.
/// webpki checks the chain first and the name last, so a name error means
/// the chain was good.
#[derive(Debug)]
struct AnyHostName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyHostName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
