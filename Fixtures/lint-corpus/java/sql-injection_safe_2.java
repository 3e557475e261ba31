package shop.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController {
    private static final Set<String> SORTABLE = Set.of("name", "price", "created");
    private final JdbcTemplate jdbc;

    public ProductController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/products")
    public List<Map<String, Object>> search(@RequestParam String name, @RequestParam(defaultValue = "name") String sort) {
        if (!SORTABLE.contains(sort)) {
            sort = "name";
        }
        return jdbc.queryForList("SELECT * FROM products WHERE name LIKE ? ORDER BY " + sort, "%" + name + "%");
    }
}
