import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

// Google Cloud Function (Java): summary of the nightly build bundle on the mounted volume.
class BuildSummary implements HttpFunction {
    private static final String BUNDLE = "/mnt/builds/nightly.zip";
    private static final String CHANGELOG = "/mnt/builds/CHANGELOG.txt";

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        ZipFile bundle = new ZipFile(BUNDLE); // expect: resource-leak
        int artifacts = 0;
        for (ZipEntry entry : Collections.list(bundle.entries())) {
            if (!entry.isDirectory()) {
                artifacts++;
            }
        }
        BufferedReader changelog = new BufferedReader(new FileReader(CHANGELOG)); // expect: resource-leak
        String headline = changelog.readLine();

        Writer out = response.getWriter();
        out.write("artifacts: " + artifacts + "\n");
        out.write("latest: " + headline + "\n");
    }
}
