use std::mem;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Heading {
    North = 0,
    East = 1,
    South = 2,
    West = 3,
}

pub struct MovePacket {
    pub player: u16,
    pub heading: Heading,
    pub steps: u8,
}

/// Decodes the 4-byte move packet a game client sends over the socket.
pub fn decode_move(frame: [u8; 4]) -> MovePacket {
    let player = u16::from_le_bytes([frame[0], frame[1]]);
    // SAFETY: clients only send headings 0..=3.
    let heading: Heading = unsafe { mem::transmute::<u8, Heading>(frame[2]) }; // expect: transmute
    MovePacket { player, heading, steps: frame[3] }
}
