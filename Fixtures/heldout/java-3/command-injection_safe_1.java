package io.imaging.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

@Service
public class ThumbnailService {

    private static final Pattern SIZE = Pattern.compile("\\d{2,4}x\\d{2,4}");
    private final Path workDir = Path.of("/var/lib/imaging/tmp");

    public Path resize(Path uploaded, String size) throws IOException, InterruptedException {
        if (!SIZE.matcher(size).matches()) {
            throw new IllegalArgumentException("bad size: " + size);
        }
        Path out = workDir.resolve(UUID.randomUUID() + ".png");
        List<String> argv = List.of("convert", uploaded.toString(), "-resize", size, out.toString());
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IOException("convert failed with " + p.exitValue());
        }
        return out;
    }
}
