use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::interval;

#[derive(Debug, Clone)]
pub enum Sample {
    Cpu(f32),
    Memory(u64),
}

async fn read_cpu() -> f32 {
    12.5
}

pub async fn sampler(tx: mpsc::Sender<Sample>, every: Duration) {
    let mut tick = interval(every);
    loop {
        tick.tick().await;
        let cpu = read_cpu().await;
        let _ = tx.send(Sample::Cpu(cpu)).await; // expect: ignored-result
        if tx.is_closed() {
            break;
        }
    }
}

pub async fn forward(mut rx: mpsc::Receiver<Sample>, out: mpsc::UnboundedSender<String>) {
    while let Some(sample) = rx.recv().await {
        let line = match sample {
            Sample::Cpu(c) => format!("cpu {c:.1}"),
            Sample::Memory(m) => format!("mem {m}"),
        };
        out.send(line).ok(); // expect: ignored-result
    }
}
