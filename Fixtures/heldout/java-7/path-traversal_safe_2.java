import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.MessageListener;

// Apache Pulsar listener: scanners publish page images; names are checked before they touch the disk.
class ScanArchiver implements MessageListener<byte[]> {
    private static final String ARCHIVE = "/srv/scans/";
    private static final Pattern BATCH = Pattern.compile("[0-9]{8}-[a-z0-9]{4,12}");
    private static final Pattern PAGE = Pattern.compile("page-[0-9]{1,4}\\.(png|tiff)");

    @Override
    public void received(Consumer<byte[]> consumer, Message<byte[]> msg) {
        String batch = msg.getProperty("batch");
        String fileName = msg.getProperty("filename");
        if (batch == null || fileName == null
                || !BATCH.matcher(batch).matches() || !PAGE.matcher(fileName).matches()) {
            consumer.negativeAcknowledge(msg);
            return;
        }
        try {
            Path target = Path.of(ARCHIVE + batch, fileName);
            Files.createDirectories(target.getParent());
            Files.write(target, msg.getValue());
            if (Boolean.parseBoolean(msg.getProperty("replaces-draft"))) {
                Path draft = Path.of(ARCHIVE, "drafts", fileName);
                Files.move(draft, target.resolveSibling(fileName + ".draft"), StandardCopyOption.REPLACE_EXISTING);
            }
            consumer.acknowledgeAsync(msg);
        } catch (IOException e) {
            consumer.negativeAcknowledge(msg);
        }
    }
}
