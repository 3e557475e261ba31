use std::convert::TryFrom;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Heading {
    North = 0,
    East = 1,
    South = 2,
    West = 3,
}

impl TryFrom<u8> for Heading {
    type Error = u8;

    fn try_from(v: u8) -> Result<Self, Self::Error> {
        match v {
            0 => Ok(Heading::North),
            1 => Ok(Heading::East),
            2 => Ok(Heading::South),
            3 => Ok(Heading::West),
            other => Err(other),
        }
    }
}

pub struct MovePacket {
    pub player: u16,
    pub heading: Heading,
    pub steps: u8,
}

pub fn decode_move(frame: [u8; 4]) -> Option<MovePacket> {
    let player = u16::from_le_bytes([frame[0], frame[1]]);
    let heading = Heading::try_from(frame[2]).ok()?;
    Some(MovePacket { player, heading, steps: frame[3] })
}
