package org.harbor.media;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.batch.api.chunk.ItemProcessor;
import javax.inject.Named;

/** Jakarta Batch step: every row of the import names a video and the preset to transcode it with. */
@Named
class TranscodeProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws IOException, InterruptedException {
        @SuppressWarnings("unchecked")
        Map<String, String> row = (Map<String, String>) item;
        String input = row.get("path");
        String preset = row.getOrDefault("preset", "medium");
        List<String> command = List.of("/bin/sh", "-c",
                "ffmpeg -y -i " + input + " -preset " + preset + " " + input + ".mp4");
        Process process = new ProcessBuilder(command).inheritIO().start(); // expect: command-injection
        int exit = process.waitFor();
        return Map.of("path", input, "exit", Integer.toString(exit));
    }
}
