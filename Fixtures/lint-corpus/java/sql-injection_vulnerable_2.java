package shop.api;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController {
    private final JdbcTemplate jdbc;

    public ProductController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/products")
    public List<Map<String, Object>> search(@RequestParam String name, @RequestParam(defaultValue = "name") String sort) {
        String query = "SELECT * FROM products WHERE name LIKE '%" + name + "%' ORDER BY " + sort;
        return jdbc.queryForList(query); // expect: sql-injection
    }
}
