import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

// Google Cloud Function (Java): summary of the nightly build bundle on the mounted volume.
class BuildSummary implements HttpFunction {
    private static final String BUNDLE = "/mnt/builds/nightly.zip";
    private static final Path CHANGELOG = Path.of("/mnt/builds/CHANGELOG.txt");

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        long artifacts;
        try (ZipFile bundle = new ZipFile(BUNDLE)) {
            artifacts = bundle.stream().filter(entry -> !entry.isDirectory()).count();
        }
        String headline;
        try (BufferedReader changelog = Files.newBufferedReader(CHANGELOG, StandardCharsets.UTF_8)) {
            headline = changelog.readLine();
        }

        Writer out = response.getWriter();
        out.write("artifacts: " + artifacts + "\n");
        out.write("latest: " + headline + "\n");
    }
}
