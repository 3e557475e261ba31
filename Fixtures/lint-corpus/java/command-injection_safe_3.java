package tools.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transcode", description = "Convert a video for the course player.")
public class Transcode implements Callable<Integer> {
    @Parameters(index = "0")
    File source;

    @Option(names = "--preset", defaultValue = "medium")
    String preset;

    @Override
    public Integer call() throws IOException, InterruptedException {
        byte[] head = Files.readAllBytes(source.toPath());
        System.out.println(head.length + " bytes");
        Process p = new ProcessBuilder("ffmpeg", "-i", source.getPath(), "-preset", preset, "out.mp4").inheritIO().start();
        return p.waitFor();
    }
}
