import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.PulsarClientException;

// Apache Pulsar worker: the order service publishes JSON on "orders-v2"; decoded into one fixed record type.
class LegacyOrderWorker {
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
        } catch (IOException e) {
            consumer.negativeAcknowledge(msg);
        }
    }

    private static OrderDto decode(byte[] payload) throws IOException {
        return MAPPER.readValue(payload, OrderDto.class);
    }
}
