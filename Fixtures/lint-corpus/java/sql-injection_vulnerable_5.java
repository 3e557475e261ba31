import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class ShipmentRepository {
    private final JdbcTemplate jdbc;

    public ShipmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int countFor(String carrier) {
        String sql = String.format("SELECT COUNT(*) FROM shipments WHERE carrier = '%s'", carrier);
        return jdbc.queryForObject(sql, Integer.class); // expect: sql-injection
    }

    public List<Map<String, Object>> page(String orderBy) {
        return jdbc.queryForList( // expect: sql-injection
                "SELECT id, carrier FROM shipments ORDER BY " + orderBy);
    }
}
