use std::fs;
use std::path::PathBuf;

fn main() {
    let path: PathBuf = std::env::args().nth(1).expect("usage: wc FILE").into();
    let text = fs::read_to_string(&path).unwrap();
    println!("{} words", text.split_whitespace().count());
}
