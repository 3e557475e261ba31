use std::sync::mpsc::Sender;

pub enum AudioCmd {
    Play(u32),
    Stop(u32),
}

/// Voices handed out by the mixer of a small game; each must be stopped before it goes away.
pub struct Voice {
    id: u32,
    playing: bool,
    tx: Sender<AudioCmd>,
}

impl Voice {
    pub fn start(id: u32, tx: Sender<AudioCmd>) -> Option<Self> {
        tx.send(AudioCmd::Play(id)).ok()?;
        Some(Voice { id, playing: true, tx })
    }

    pub fn stop(&mut self) -> bool {
        self.playing = false;
        self.tx.send(AudioCmd::Stop(self.id)).is_ok()
    }
}

impl Drop for Voice {
    fn drop(&mut self) {
        assert!(!self.playing, "voice {} dropped while playing", self.id); // expect: panic-in-drop
        if self.tx.send(AudioCmd::Stop(self.id)).is_err() {
            unreachable!("mixer thread gone before voice {}", self.id); // expect: panic-in-drop
        }
    }
}
