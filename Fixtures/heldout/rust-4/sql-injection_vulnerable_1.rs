//! Blog API on poem + sea-orm.

use poem::web::{Data, Json, Path, Query};
use poem::{handler, http::StatusCode, Error, Result};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, FromQueryResult, Statement,
};
use serde::Deserialize;

use crate::entities::post;

#[derive(Deserialize)]
pub struct SearchParams {
    pub tag: Option<String>,
    pub order: Option<String>,
}

#[derive(FromQueryResult, serde::Serialize)]
pub struct PostRow {
    pub id: i32,
    pub title: String,
}

fn internal(e: sea_orm::DbErr) -> Error {
    Error::from_string(e.to_string(), StatusCode::INTERNAL_SERVER_ERROR)
}

fn search_sql(params: &SearchParams) -> String {
    let mut sql = String::from("SELECT id, title FROM posts WHERE published");
    if let Some(tag) = &params.tag {
        sql.push_str(&format!(" AND id IN (SELECT post_id FROM tags WHERE name = '{}')", tag));
    }
    if let Some(order) = &params.order {
        sql.push_str(" ORDER BY ");
        sql.push_str(order);
    }
    sql
}

#[handler]
pub async fn search(
    db: Data<&DatabaseConnection>,
    Query(params): Query<SearchParams>,
) -> Result<Json<Vec<post::Model>>> {
    let sql = search_sql(&params);
    let posts = post::Entity::find()
        .from_raw_sql(Statement::from_string(DbBackend::Postgres, sql)) // expect: sql-injection
        .all(*db)
        .await
        .map_err(internal)?;
    Ok(Json(posts))
}

#[handler]
pub async fn archive(db: Data<&DatabaseConnection>, Path(slug): Path<String>) -> Result<StatusCode> {
    let sql = format!("UPDATE posts SET archived = true WHERE slug = '{slug}'");
    db.execute(Statement::from_string(DbBackend::Postgres, sql)) // expect: sql-injection
        .await
        .map_err(internal)?;
    Ok(StatusCode::NO_CONTENT)
}
