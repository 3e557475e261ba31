//! `crmctl`: support tool for the CRM database (postgres, sync client).

use clap::{Parser, Subcommand, ValueEnum};
use postgres::{Client, NoTls};
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
enum SortBy {
    Name,
    Created,
}

impl SortBy {
    fn column(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::Created => "created_at",
        }
    }
}

#[derive(Parser)]
struct Cli {
    #[arg(long, env = "CRM_DATABASE_URL")]
    database_url: String,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Find {
        text: String,
        #[arg(long, value_enum, default_value = "name")]
        sort: SortBy,
    },
    Reassign { company: String, owner: String },
}

fn find(client: &mut Client, text: &str, sort: SortBy) -> Result<(), postgres::Error> {
    let sql = format!(
        "SELECT id, name FROM customers WHERE name ILIKE '%' || $1 || '%' ORDER BY {}",
        sort.column()
    );
    for row in client.query(sql.as_str(), &[&text])? {
        let id: i64 = row.get(0);
        let name: String = row.get(1);
        println!("{id:>6}  {name}");
    }
    Ok(())
}

fn reassign(client: &mut Client, company: &str, owner: &str) -> Result<(), postgres::Error> {
    let mut tx = client.transaction()?;
    tx.execute("UPDATE contacts SET owner = $1 WHERE company = $2", &[&owner, &company])?;
    tx.execute("INSERT INTO audit (action, subject) VALUES ('reassign', $1)", &[&company])?;
    tx.commit()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = Client::connect(&cli.database_url, NoTls).and_then(|mut client| match &cli.cmd {
        Cmd::Find { text, sort } => find(&mut client, text, *sort),
        Cmd::Reassign { company, owner } => reassign(&mut client, company, owner),
    });
    if let Err(e) = result {
        eprintln!("crmctl: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
