package org.bookclub.api;

import static spark.Spark.delete;
import static spark.Spark.get;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public final class BookRoutes {
    private static final Gson GSON = new Gson();

    public static void register(DataSource pool) {
        get("/books", (req, res) -> {
            String author = req.queryParams("author");
            List<String> titles = new ArrayList<>();
            try (Connection conn = pool.getConnection();
                 Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT title FROM books WHERE author = '" + author + "' ORDER BY title")) { // expect: sql-injection
                while (rs.next()) {
                    titles.add(rs.getString("title"));
                }
            }
            res.type("application/json");
            return GSON.toJson(titles);
        });

        delete("/books/:isbn", (req, res) -> {
            String sql = "DELETE FROM books WHERE isbn = '" + req.params(":isbn") + "'";
            try (Connection conn = pool.getConnection(); Statement st = conn.createStatement()) {
                int removed = st.executeUpdate(sql); // expect: sql-injection
                res.status(removed == 0 ? 404 : 204);
            }
            return "";
        });
    }
}
