//! `crmctl`: support tool for the CRM database (postgres, sync client).

use clap::{Parser, Subcommand};
use postgres::{Client, NoTls};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "crmctl")]
struct Cli {
    #[arg(long, env = "CRM_DATABASE_URL")]
    database_url: String,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List customers whose name contains TEXT
    Find { text: String },
    /// Move every contact of a company to another owner
    Reassign { company: String, owner: String },
}

fn find(client: &mut Client, text: &str) -> Result<(), postgres::Error> {
    let sql = format!("SELECT id, name, email FROM customers WHERE name ILIKE '%{}%' ORDER BY name", text);
    for row in client.query(sql.as_str(), &[])? { // expect: sql-injection
        let id: i64 = row.get(0);
        let name: String = row.get(1);
        let email: Option<String> = row.get(2);
        println!("{id:>6}  {name:<30}  {}", email.unwrap_or_default());
    }
    Ok(())
}

fn reassign(client: &mut Client, company: &str, owner: &str) -> Result<(), postgres::Error> {
    let mut tx = client.transaction()?;
    tx.batch_execute(&format!( // expect: sql-injection
        "UPDATE contacts SET owner = '{owner}' WHERE company = '{company}'; \
         INSERT INTO audit (action) VALUES ('reassign {company}');"
    ))?;
    tx.commit()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut client = match Client::connect(&cli.database_url, NoTls) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("connect: {e}");
            return ExitCode::FAILURE;
        }
    };
    let res = match &cli.cmd {
        Cmd::Find { text } => find(&mut client, text),
        Cmd::Reassign { company, owner } => reassign(&mut client, company, owner),
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crmctl: {e}");
            ExitCode::FAILURE
        }
    }
}
