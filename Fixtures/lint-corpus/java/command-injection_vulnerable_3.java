package tools.media;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transcode", description = "Convert a video for the course player.")
public class Transcode implements Callable<Integer> {
    @Parameters(index = "0")
    String source;

    @Option(names = "--preset", defaultValue = "medium")
    String preset;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String cmd = "ffmpeg -i " + source + " -preset " + preset + " out.mp4";
        Process p = new ProcessBuilder("sh", "-c", cmd).inheritIO().start(); // expect: command-injection
        return p.waitFor();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Transcode()).execute(args));
    }
}
