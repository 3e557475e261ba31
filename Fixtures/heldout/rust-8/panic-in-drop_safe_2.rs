use std::sync::mpsc::Sender;

pub enum AudioCmd {
    Play(u32),
    Stop(u32),
}

pub struct Voice {
    id: u32,
    playing: bool,
    tx: Sender<AudioCmd>,
}

impl Voice {
    pub fn start(id: u32, tx: Sender<AudioCmd>) -> Option<Self> {
        assert!(id != 0, "voice id 0 is reserved for the music bus");
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
        if self.playing && !self.stop() {
            log::warn!("mixer thread gone before voice {} was stopped", self.id);
        }
    }
}
