package net.sensorhub.poller;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class PollLoop {

    private final Path spool;

    public PollLoop(Path spool) {
        this.spool = spool;
    }

    public void waitForData() {
        while (!Files.exists(spool)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public byte[] drain() {
        try {
            byte[] data = Files.readAllBytes(spool);
            Files.delete(spool);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drain " + spool, e);
        }
    }
}
