// Small CSV helpers shared by the report crates.

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn parse(input: &str) -> Option<Table> {
    let mut lines = input.lines();
    let headers: Vec<String> = lines.next()?.split(',').map(|h| h.trim().to_string()).collect();
    let rows = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(|c| c.trim().to_string()).collect())
        .collect();
    Some(Table { headers, rows })
}

impl Table {
    pub fn column(&self, name: &str) -> Option<Vec<&str>> {
        let idx = self.headers.iter().position(|h| h == name)?;
        Some(self.rows.iter().filter_map(|r| r.get(idx)).map(|s| s.as_str()).collect())
    }

    pub fn sum(&self, name: &str) -> f64 {
        self.column(name)
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.parse::<f64>().ok())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_a_column() {
        let t = parse("name,amount\na,1.5\nb,2.5\n").unwrap();
        assert_eq!(t.sum("amount"), 4.0);
        assert_eq!(t.column("name").expect("column exists"), vec!["a", "b"]);
    }
}
