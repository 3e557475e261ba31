public final class InventoryService extends InventoryGrpc.InventoryImplBase {

    @Override
    public void findBySku(SkuRequest request, StreamObserver<ItemReply> responses) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT * FROM item WHERE sku = ?")) {
            ps.setString(1, request.getSku());
            ps.executeQuery();
        }
    }

    @KafkaListener(topics = "stock-adjustments")
    public void adjust(String payload) {
        jdbcTemplate.update("UPDATE stock SET qty = qty - 1 WHERE sku = ?", payload);
    }

    public Result report(Http.Request request) {
        String region = request.queryString("region").orElse("EU");
        return ok(Json.toJson(db.sqlQuery("SELECT * FROM sales WHERE region = :region").setParameter("region", region).findList()));
    }
}
