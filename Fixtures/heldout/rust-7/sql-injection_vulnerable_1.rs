use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use clickhouse::{Client, Row};
use serde::Deserialize;

#[derive(Row, Deserialize, SimpleObject)]
pub struct PageViews {
    pub path: String,
    pub views: u64,
}

#[derive(InputObject)]
pub struct ViewsFilter {
    pub site: String,
    pub path_prefix: Option<String>,
    pub order_by: Option<String>,
}

fn views_sql(f: &ViewsFilter) -> String {
    let mut sql = format!(
        "SELECT path, count() AS views FROM hits WHERE site = '{}'",
        f.site
    );
    if let Some(prefix) = &f.path_prefix {
        sql.push_str(&format!(" AND startsWith(path, '{prefix}')"));
    }
    sql.push_str(" GROUP BY path ORDER BY ");
    sql.push_str(f.order_by.as_deref().unwrap_or("views DESC"));
    sql
}

pub struct QueryRoot;

#[Object]
impl QueryRoot {
    async fn page_views(&self, ctx: &Context<'_>, filter: ViewsFilter) -> Result<Vec<PageViews>> {
        let client = ctx.data::<Client>()?;
        let rows = client
            .query(&views_sql(&filter)) // expect: sql-injection
            .fetch_all::<PageViews>()
            .await?;
        Ok(rows)
    }
}

pub struct MutationRoot;

#[Object]
impl MutationRoot {
    async fn forget_visitor(&self, ctx: &Context<'_>, visitor_id: String) -> Result<bool> {
        let client = ctx.data::<Client>()?;
        let stmt = format!("ALTER TABLE hits DELETE WHERE visitor_id = '{}'", visitor_id);
        client.query(&stmt).execute().await?; // expect: sql-injection
        Ok(true)
    }
}
