//! AWS Lambda that answers the support portal's ticket lookups from SQL Server.

use lambda_http::{run, service_fn, Body, Error, Request, RequestExt, Response};
use tiberius::{AuthMethod, Client, Config};
use tokio::net::TcpStream;
use tokio_util::compat::TokioAsyncWriteCompatExt;

async fn connect() -> Result<Client<tokio_util::compat::Compat<TcpStream>>, Error> {
    let mut config = Config::new();
    config.host(std::env::var("MSSQL_HOST")?);
    config.authentication(AuthMethod::sql_server("portal", std::env::var("MSSQL_PASSWORD")?));
    let tcp = TcpStream::connect(config.get_addr()).await?;
    tcp.set_nodelay(true)?;
    Ok(Client::connect(config, tcp.compat_write()).await?)
}

struct TicketFilter {
    customer: String,
    status: Option<String>,
}

impl TicketFilter {
    fn from_request(req: &Request) -> Self {
        let params = req.query_string_parameters();
        TicketFilter {
            customer: params.first("customer").unwrap_or_default().to_string(),
            status: params.first("status").map(str::to_string),
        }
    }

    fn where_clause(&self) -> String {
        let mut w = format!("customer_code = N'{}'", self.customer);
        if let Some(s) = &self.status {
            w.push_str(&format!(" AND status = N'{}'", s));
        }
        w
    }
}

async fn handler(req: Request) -> Result<Response<Body>, Error> {
    let filter = TicketFilter::from_request(&req);
    let mut client = connect().await?;
    let sql = format!(
        "SELECT TOP 50 id, subject, status FROM tickets WHERE {} ORDER BY opened DESC",
        filter.where_clause()
    );
    let rows = client.simple_query(sql).await?.into_first_result().await?; // expect: sql-injection
    let mut out = Vec::new();
    for row in rows {
        let id: Option<i32> = row.get(0);
        let subject: Option<&str> = row.get(1);
        out.push(serde_json::json!({ "id": id, "subject": subject }));
    }

    if let Some(seen) = req.query_string_parameters().first("mark_seen") {
        client
            .execute(format!("UPDATE tickets SET seen = 1 WHERE id IN ({seen})"), &[]) // expect: sql-injection
            .await?;
    }
    Ok(Response::builder()
        .header("content-type", "application/json")
        .body(serde_json::to_string(&out)?.into())?)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
