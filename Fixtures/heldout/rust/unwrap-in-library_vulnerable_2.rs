// Small CSV helpers shared by the report crates.

use std::collections::HashMap;

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn parse(input: &str) -> Table {
    let mut lines = input.lines();
    let header_line = lines.next().expect("empty CSV"); // expect: unwrap-in-library
    let headers: Vec<String> = header_line.split(',').map(|h| h.trim().to_string()).collect();
    let rows = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(|c| c.trim().to_string()).collect())
        .collect();
    Table { headers, rows }
}

impl Table {
    pub fn column(&self, name: &str) -> Vec<&str> {
        let idx = self.headers.iter().position(|h| h == name).unwrap(); // expect: unwrap-in-library
        self.rows.iter().filter_map(|r| r.get(idx)).map(|s| s.as_str()).collect()
    }

    pub fn sum(&self, name: &str) -> f64 {
        self.column(name)
            .iter()
            .map(|v| v.parse::<f64>().unwrap()) // expect: unwrap-in-library
            .sum()
    }

    pub fn counts(&self, name: &str) -> HashMap<&str, usize> {
        let mut out = HashMap::new();
        for v in self.column(name) {
            *out.entry(v).or_insert(0) += 1;
        }
        out
    }
}
