import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.dbutils.QueryRunner;
import org.apache.commons.dbutils.handlers.MapListHandler;

// GraphQL Java resolver for Query.shipments(carrier:, status:) on Commons DbUtils.
class ShipmentsFetcher implements DataFetcher<List<Map<String, Object>>> {
    private final QueryRunner runner;

    ShipmentsFetcher(DataSource dataSource) {
        this.runner = new QueryRunner(dataSource);
    }

    @Override
    public List<Map<String, Object>> get(DataFetchingEnvironment env) throws SQLException {
        String carrier = env.getArgument("carrier");
        String status = env.getArgumentOrDefault("status", "IN_TRANSIT");
        return runner.query(shipmentQuery(carrier, status), new MapListHandler()); // expect: sql-injection
    }

    private static String shipmentQuery(String carrier, String status) {
        StringBuilder sql = new StringBuilder("SELECT id, tracking_no, eta FROM shipments WHERE status = '");
        sql.append(status).append("'");
        if (carrier != null) {
            sql.append(" AND carrier = '").append(carrier).append("'");
        }
        return sql.append(" ORDER BY eta").toString();
    }
}
