const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

pub fn enrollment(device: &str) -> Enrollment {
    let rng = FastRand::new();
    let invite_token: String = (0..24)
        .map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char) // expect: insecure-random
        .collect();
    let pin = format!("{:04}", rng.u16(0..10_000)); // expect: insecure-random
    Enrollment { device: device.to_string(), invite_token, pin }
}
