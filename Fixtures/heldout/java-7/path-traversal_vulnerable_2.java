import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.MessageListener;

// Apache Pulsar listener: scanners publish page images; the file name is a message property set by the device.
class ScanArchiver implements MessageListener<byte[]> {
    private static final String ARCHIVE = "/srv/scans/";

    @Override
    public void received(Consumer<byte[]> consumer, Message<byte[]> msg) {
        String batch = msg.getProperty("batch");
        String fileName = msg.getProperty("filename");
        try {
            Path target = Path.of(ARCHIVE + batch, fileName);
            Files.createDirectories(target.getParent());
            Files.write(target, msg.getValue()); // expect: path-traversal
            if (Boolean.parseBoolean(msg.getProperty("replaces-draft"))) {
                Path draft = Path.of(ARCHIVE, "drafts", fileName);
                Files.move(draft, target.resolveSibling(fileName + ".draft"), StandardCopyOption.REPLACE_EXISTING); // expect: path-traversal
            }
            consumer.acknowledgeAsync(msg);
        } catch (IOException e) {
            consumer.negativeAcknowledge(msg);
        }
    }
}
