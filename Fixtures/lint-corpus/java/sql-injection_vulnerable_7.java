import io.grpc.stub.StreamObserver;
import org.springframework.kafka.annotation.KafkaListener;

// Entry points by shape: a gRPC method's request, a Kafka listener's payload, a Play action.
public final class InventoryService extends InventoryGrpc.InventoryImplBase {

    @Override
    public void findBySku(SkuRequest request, StreamObserver<ItemReply> responses) {
        String sql = "SELECT * FROM item WHERE sku = '" + request.getSku() + "'";
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            st.executeQuery(sql); // expect: sql-injection
        }
    }

    @KafkaListener(topics = "stock-adjustments")
    public void adjust(String payload) {
        jdbcTemplate.update("UPDATE stock SET qty = qty - 1 WHERE sku = '" + payload + "'"); // expect: sql-injection
    }

    public Result report(Http.Request request) {
        String region = request.queryString("region").orElse("EU");
        return ok(Json.toJson(db.sqlQuery("SELECT * FROM sales WHERE region = '" + region + "'").findList())); // expect: sql-injection
    }
}
