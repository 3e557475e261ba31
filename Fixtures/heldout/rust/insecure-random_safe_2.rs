use rand::seq::SliceRandom;
use rand::Rng;
use std::time::Duration;

pub struct Question {
    pub text: String,
    pub answers: Vec<String>,
}

/// Shuffles the quiz so students sitting next to each other get a different order.
pub fn shuffle_quiz(questions: &mut [Question]) {
    let mut rng = rand::thread_rng();
    questions.shuffle(&mut rng);
    for q in questions.iter_mut() {
        q.answers.shuffle(&mut rng);
    }
}

/// Exponential backoff with jitter for retrying the upstream API.
pub fn backoff(attempt: u32) -> Duration {
    let base = 100u64.saturating_mul(1 << attempt.min(6));
    let jitter = rand::thread_rng().gen_range(0..base / 2 + 1);
    Duration::from_millis(base + jitter)
}

/// Rolls dice for the board-game simulator.
pub fn roll(dice: usize, sides: u32) -> Vec<u32> {
    let mut rng = rand::thread_rng();
    (0..dice).map(|_| rng.gen_range(1..=sides)).collect()
}
