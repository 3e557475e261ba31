// SonarSource's Cognitive Complexity whitepaper examples, translated to Rust, and hand-counted
// Rust cases (match guards, `?`, closures, macro arguments). Each `metrics NAME:` comment is
// checked by MetricsTests.
use std::num::ParseIntError;

// metrics sum_of_primes: cyclomatic=4 cognitive=7 nesting=3 parameters=1
fn sum_of_primes(max: u32) -> u32 {
    let mut total = 0;
    'outer: for i in 1..=max { // +1
        for j in 2..i { // +2 (nesting 1)
            if i % j == 0 { // +3 (nesting 2)
                continue 'outer; // +1
            }
        }
        total += i;
    }
    total
}

// A match is one increment for cognitive complexity; each arm but the last is a path.
// metrics get_words: cyclomatic=4 cognitive=1 nesting=1 parameters=1
fn get_words(number: u32) -> &'static str {
    match number { // +1
        1 => "one",
        2 => "a couple",
        3 => "a few",
        _ => "lots",
    }
}

// Else-if chains are flat: +1 each, no nesting penalty; else +1.
// metrics grade: cyclomatic=4 cognitive=4 nesting=1 parameters=1
fn grade(score: u32) -> char {
    if score > 90 { // +1
        'A'
    } else if score > 80 { // +1
        'B'
    } else if score > 70 { // +1
        'C'
    } else { // +1
        'F'
    }
}

// `?` and a match guard are paths (cyclomatic) but no cognitive increment; `&&` is +1.
// metrics first_even: cyclomatic=6 cognitive=4 nesting=2 parameters=1
fn first_even(items: &[&str]) -> Result<Option<u32>, ParseIntError> {
    for item in items { // +1
        let n: u32 = item.parse()?;
        match n { // +2 (nesting 1)
            x if x % 2 == 0 && x > 0 => return Ok(Some(x)), // +1 (&&)
            _ => continue,
        }
    }
    Ok(None)
}

// A closure's decisions count in the function around it.
// metrics count_long: cyclomatic=2 cognitive=1 parameters=2
fn count_long(words: &[String], min: usize) -> usize {
    words.iter().filter(|w| w.len() > min || w.starts_with('x')).count()
}

// Operators among a macro's tokens are decisions too.
// metrics check: cyclomatic=3 parameters=2
fn check(a: bool, b: bool) {
    assert!(a && b || !a);
}

// Comments between match arms do not make an arm the last one.
// metrics sign_name: cyclomatic=4 parameters=1
fn sign_name(n: i32) -> &'static str {
    match n {
        0 => "zero",
        // Negative numbers: the sign only.
        // (the magnitude is printed elsewhere)
        // so nothing else is needed here.
        x if x < 0 => "negative", // an arm and its guard: +2
        _ => "positive",
    }
}

// `?` inside a macro's tokens returns early as it does outside.
// metrics open_pipe: cyclomatic=3 parameters=0
fn open_pipe() -> io::Result<()> {
    cfg_if::cfg_if! {
        if #[cfg(unix)] { cvt(pipe())?; } else { fallback(); }
    }
    Ok(())
}
