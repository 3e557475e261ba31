import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class ShipmentRepository {
    private final JdbcTemplate jdbc;

    public ShipmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int countFor(String carrier) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM shipments WHERE carrier = ?", Integer.class, carrier);
    }

    public List<Map<String, Object>> recent(int days) {
        String sql = String.format("SELECT id FROM shipments WHERE age < %d", days);
        return jdbc.queryForList(sql);
    }
}
