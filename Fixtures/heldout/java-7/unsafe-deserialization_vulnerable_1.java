import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.PulsarClientException;

// Apache Pulsar worker: the legacy order service publishes serialized Java objects on "orders-legacy".
class LegacyOrderWorker {
    private final Consumer<byte[]> consumer;
    private final OrderBook book;

    LegacyOrderWorker(Consumer<byte[]> consumer, OrderBook book) {
        this.consumer = consumer;
        this.book = book;
    }

    void runOnce() throws PulsarClientException {
        Message<byte[]> msg = consumer.receive();
        try {
            book.apply(decode(msg.getData()));
            consumer.acknowledge(msg);
        } catch (IOException | ClassNotFoundException e) {
            consumer.negativeAcknowledge(msg);
        }
    }

    private static LegacyOrder decode(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            return (LegacyOrder) in.readObject(); // expect: unsafe-deserialization
        }
    }
}
