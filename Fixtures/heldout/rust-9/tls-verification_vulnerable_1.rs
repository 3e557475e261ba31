use native_tls::TlsConnector;
use postgres::Client;
use postgres_native_tls::MakeTlsConnector;

struct ReportConfig {
    dsn: String,
    month: String,
}

fn config() -> Result<ReportConfig, std::env::VarError> {
    Ok(ReportConfig {
        dsn: std::env::var("WAREHOUSE_DSN")?,
        month: std::env::var("REPORT_MONTH")?,
    })
}

fn connect(dsn: &str) -> Result<Client, Box<dyn std::error::Error>> {
    let connector = TlsConnector::builder()
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .build()?;
    Ok(Client::connect(dsn, MakeTlsConnector::new(connector))?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cfg = config()?;
    let mut client = connect(&cfg.dsn)?;
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
