pub fn sum_prefix(values: &[u64], n: usize) -> u64 {
    let mut total = 0;
    for i in 0..n.min(values.len()) {
        total += unsafe { *values.get_unchecked(i) }; // expect: undocumented-unsafe
    }
    total
}
