//! Blog API on poem + sea-orm, with the query built by sea-orm or bound values.

use poem::web::{Data, Json, Path, Query};
use poem::{handler, http::StatusCode, Error, Result};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, Statement,
};
use serde::Deserialize;

use crate::entities::post;

#[derive(Deserialize)]
pub struct SearchParams {
    pub title: Option<String>,
    pub order: Option<String>,
}

fn internal(e: sea_orm::DbErr) -> Error {
    Error::from_string(e.to_string(), StatusCode::INTERNAL_SERVER_ERROR)
}

#[handler]
pub async fn search(
    db: Data<&DatabaseConnection>,
    Query(params): Query<SearchParams>,
) -> Result<Json<Vec<post::Model>>> {
    let mut q = post::Entity::find().filter(post::Column::Published.eq(true));
    if let Some(title) = &params.title {
        q = q.filter(post::Column::Title.contains(title));
    }
    q = match params.order.as_deref() {
        Some("title") => q.order_by_asc(post::Column::Title),
        _ => q.order_by_desc(post::Column::PublishedAt),
    };
    let posts = q.all(*db).await.map_err(internal)?;
    Ok(Json(posts))
}

#[handler]
pub async fn archive(db: Data<&DatabaseConnection>, Path(slug): Path<String>) -> Result<StatusCode> {
    let stmt = Statement::from_sql_and_values(
        DbBackend::Postgres,
        "UPDATE posts SET archived = true WHERE slug = $1",
        [slug.into()],
    );
    db.execute(stmt).await.map_err(internal)?;
    Ok(StatusCode::NO_CONTENT)
}
