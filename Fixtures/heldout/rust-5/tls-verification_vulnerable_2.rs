//! Nightly sync from the legacy SQL Server into the MySQL reporting replica.

use mysql_async::{OptsBuilder, Pool, SslOpts};
use tiberius::{AuthMethod, Config, EncryptionLevel};

pub struct SyncSettings {
    pub mysql_host: String,
    pub mysql_user: String,
    pub mysql_pass: String,
    pub mssql_host: String,
    pub mssql_pass: String,
}

pub fn reporting_pool(s: &SyncSettings) -> Pool {
    let ssl = SslOpts::default().with_danger_accept_invalid_certs(true); // expect: tls-verification
    let opts = OptsBuilder::default()
        .ip_or_hostname(s.mysql_host.clone())
        .user(Some(s.mysql_user.clone()))
        .pass(Some(s.mysql_pass.clone()))
        .db_name(Some("reporting"))
        .ssl_opts(ssl);
    Pool::new(opts)
}

pub fn legacy_config(s: &SyncSettings) -> Config {
    let mut config = Config::new();
    config.host(&s.mssql_host);
    config.port(1433);
    config.authentication(AuthMethod::sql_server("sync", &s.mssql_pass));
    config.encryption(EncryptionLevel::Required);
    config.trust_cert(); // expect: tls-verification
    config
}
