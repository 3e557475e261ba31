package com.example.accounts;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccountController {

    private final JdbcTemplate jdbc;

    public AccountController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Account(long id, String owner, String iban) {}

    @GetMapping("/accounts")
    public List<Account> list(@RequestParam(defaultValue = "owner") String sort,
                              @RequestParam(defaultValue = "asc") String dir) {
        String query = String.format("SELECT id, owner, iban FROM accounts ORDER BY %s %s", sort, dir);
        return jdbc.query(query, (rs, i) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3))); // expect: sql-injection
    }

    @GetMapping("/accounts/{owner}/count")
    public Integer countFor(@PathVariable String owner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM accounts WHERE owner = '" + owner + "'", Integer.class); // expect: sql-injection
    }
}
