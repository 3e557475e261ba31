package org.harbor.stock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.Props;

/** Answers stock look-ups sent by the warehouse terminals. */
class StockLookupActor extends AbstractActor {

    record Lookup(String warehouse, String skuPrefix) {}

    record Result(String sku, int quantity) {}

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
        String sql = "SELECT sku, quantity FROM stock WHERE warehouse = '" + msg.warehouse()
                + "' AND sku LIKE '" + msg.skuPrefix() + "%'";
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // expect: sql-injection
            while (rs.next()) {
                getSender().tell(new Result(rs.getString(1), rs.getInt(2)), getSelf());
            }
        }
    }
}
