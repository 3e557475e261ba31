package org.bookclub.api;

import static spark.Spark.get;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public final class ReviewRoutes {
    private static final Gson GSON = new Gson();
    private static final String BY_BOOK =
            "SELECT reviewer, stars, body FROM reviews WHERE isbn = ? AND stars >= ? ORDER BY created_at DESC";

    public static void register(DataSource pool) {
        get("/books/:isbn/reviews", (req, res) -> {
            int minStars = 1;
            String raw = req.queryParams("min");
            if (raw != null && raw.matches("[1-5]")) {
                minStars = Integer.parseInt(raw);
            }
            List<String> out = new ArrayList<>();
            try (Connection conn = pool.getConnection();
                 PreparedStatement ps = conn.prepareStatement(BY_BOOK)) {
                ps.setString(1, req.params(":isbn"));
                ps.setInt(2, minStars);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString("reviewer") + ": " + rs.getInt("stars"));
                    }
                }
            }
            res.type("application/json");
            return GSON.toJson(out);
        });
    }
}
