package org.harbor.stock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.Props;

/** Answers stock look-ups sent by the warehouse terminals. */
class StockLookupActor extends AbstractActor {

    record Lookup(String warehouse, String skuPrefix) {}

    record Result(String sku, int quantity) {}

    private static final String SQL =
            "SELECT sku, quantity FROM stock WHERE warehouse = ? AND sku LIKE ? ESCAPE '!'";

    private final DataSource dataSource;

    StockLookupActor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static Props props(DataSource dataSource) {
        return Props.create(StockLookupActor.class, () -> new StockLookupActor(dataSource));
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder().match(Lookup.class, this::onLookup).build();
    }

    private void onLookup(Lookup msg) throws SQLException {
        String prefix = msg.skuPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(SQL)) {
            ps.setString(1, msg.warehouse());
            ps.setString(2, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    getSender().tell(new Result(rs.getString(1), rs.getInt(2)), getSelf());
                }
            }
        }
    }
}
