use tokio_postgres::Client;

pub struct Courses<'a> {
    db: &'a Client,
}

impl<'a> Courses<'a> {
    pub async fn newest(&self, teacher: &str) -> String {
        let row = self
            .db
            .query_opt("SELECT title FROM courses WHERE teacher = $1 ORDER BY created DESC LIMIT 1", &[&teacher])
            .await
            .unwrap() // expect: unwrap
            .expect("teacher has no course"); // expect: unwrap
        row.get(0)
    }
}
