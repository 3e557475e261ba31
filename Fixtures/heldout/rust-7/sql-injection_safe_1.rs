use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject};
use clickhouse::{Client, Row};
use serde::Deserialize;

#[derive(Row, Deserialize, SimpleObject)]
pub struct PageViews {
    pub path: String,
    pub views: u64,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ViewsOrder {
    MostViewed,
    LeastViewed,
    Path,
}

#[derive(InputObject)]
pub struct ViewsFilter {
    pub site: String,
    pub path_prefix: Option<String>,
    pub order_by: Option<ViewsOrder>,
}

fn order_clause(o: Option<ViewsOrder>) -> &'static str {
    match o {
        Some(ViewsOrder::LeastViewed) => "views ASC",
        Some(ViewsOrder::Path) => "path ASC",
        Some(ViewsOrder::MostViewed) | None => "views DESC",
    }
}

pub struct QueryRoot;

#[Object]
impl QueryRoot {
    async fn page_views(&self, ctx: &Context<'_>, filter: ViewsFilter) -> Result<Vec<PageViews>> {
        let client = ctx.data::<Client>()?;
        let sql = format!(
            "SELECT path, count() AS views FROM hits WHERE site = ? AND startsWith(path, ?) GROUP BY path ORDER BY {}",
            order_clause(filter.order_by)
        );
        let rows = client
            .query(&sql)
            .bind(&filter.site)
            .bind(filter.path_prefix.as_deref().unwrap_or(""))
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
        client
            .query("ALTER TABLE hits DELETE WHERE visitor_id = ?")
            .bind(&visitor_id)
            .execute()
            .await?;
        Ok(true)
    }
}
