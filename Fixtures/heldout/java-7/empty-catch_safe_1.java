import java.util.concurrent.TimeUnit;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.PulsarClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Apache Pulsar: telemetry consumer loop of the fleet dashboard.
class TelemetryLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryLoop.class);
    private final Consumer<String> consumer;
    private final FleetState state;
    private volatile boolean running = true;

    TelemetryLoop(Consumer<String> consumer, FleetState state) {
        this.consumer = consumer;
        this.state = state;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Message<String> msg = consumer.receive(1, TimeUnit.SECONDS);
                if (msg != null) {
                    state.apply(TelemetryPoint.parse(msg.getValue()));
                    consumer.acknowledge(msg);
                }
            } catch (PulsarClientException e) {
                LOG.warn("telemetry receive failed", e);
                state.markStale();
            }
        }
    }

    void stop() {
        running = false;
        try {
            consumer.close();
        } catch (PulsarClientException e) {
            LOG.debug("consumer already closed: {}", e.getMessage());
        }
    }
}
