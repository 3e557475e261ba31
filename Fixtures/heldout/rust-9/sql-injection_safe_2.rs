use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::sql_query;
use diesel::sql_types::{Array, BigInt, Text};
use tokio_cron_scheduler::{Job, JobScheduler};

#[derive(QueryableByName, Debug)]
struct Stale {
    #[diesel(sql_type = Text)]
    email: String,
    #[diesel(sql_type = BigInt)]
    days: i64,
}

struct Settings {
    plans: Vec<String>,
    max_days: i64,
}

fn settings_from_env() -> Settings {
    let raw = std::env::var("NUDGE_PLANS").unwrap_or_else(|_| "free".into());
    Settings {
        plans: raw.split(',').map(|p| p.trim().to_string()).collect(),
        max_days: 30,
    }
}

const STALE_SQL: &str = "SELECT email, (now()::date - last_login::date) AS days FROM accounts \
     WHERE plan = ANY($1) AND now() - last_login > make_interval(days => $2::int)";

fn stale_accounts(conn: &mut PgConnection, s: &Settings) -> QueryResult<Vec<Stale>> {
    sql_query(STALE_SQL)
        .bind::<Array<Text>, _>(&s.plans)
        .bind::<BigInt, _>(s.max_days)
        .load::<Stale>(conn)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sched = JobScheduler::new().await?;
    sched
        .add(Job::new("0 0 9 * * *", |_id, _lock| {
            let url = std::env::var("DATABASE_URL").unwrap_or_default();
            match PgConnection::establish(&url) {
                Ok(mut conn) => match stale_accounts(&mut conn, &settings_from_env()) {
                    Ok(rows) => rows.iter().for_each(|r| println!("nudge {} ({}d)", r.email, r.days)),
                    Err(err) => eprintln!("query failed: {err}"),
                },
                Err(err) => eprintln!("no database: {err}"),
            }
        })?)
        .await?;
    sched.start().await?;
    tokio::signal::ctrl_c().await?;
    Ok(())
}
