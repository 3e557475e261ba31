use native_tls::{Certificate, TlsConnector};
use postgres::Client;
use postgres_native_tls::MakeTlsConnector;

struct ReportConfig {
    dsn: String,
    month: String,
    ca_file: String,
}

fn config() -> Result<ReportConfig, std::env::VarError> {
    Ok(ReportConfig {
        dsn: std::env::var("WAREHOUSE_DSN")?,
        month: std::env::var("REPORT_MONTH")?,
        ca_file: std::env::var("WAREHOUSE_CA").unwrap_or_else(|_| "/etc/ssl/warehouse-ca.pem".into()),
    })
}

fn connect(cfg: &ReportConfig) -> Result<Client, Box<dyn std::error::Error>> {
    let pem = std::fs::read(&cfg.ca_file)?;
    let connector = TlsConnector::builder()
        .add_root_certificate(Certificate::from_pem(&pem)?)
        .danger_accept_invalid_certs(false)
        .build()?;
    Ok(Client::connect(&cfg.dsn, MakeTlsConnector::new(connector))?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cfg = config()?;
    let mut client = connect(&cfg)?;
    let rows = client.query(
        "SELECT region, sum(total_cents) FROM orders WHERE to_char(placed_at, 'YYYY-MM') = $1 GROUP BY region",
        &[&cfg.month],
    )?;
    for row in rows {
        let region: String = row.get(0);
        let cents: i64 = row.get(1);
        println!("{region:<12} {:>12.2}", cents as f64 / 100.0);
    }
    Ok(())
}
