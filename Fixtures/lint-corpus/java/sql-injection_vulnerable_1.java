package shop.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class OrderServlet extends HttpServlet {
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String customer = request.getParameter("customer");
        String status = request.getParameter("status");
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            String sql = "SELECT id, total FROM orders WHERE customer = '" + customer + "'";
            if (status != null) {
                sql += " AND status = '" + status + "'";
            }
            try (ResultSet rs = stmt.executeQuery(sql)) { // expect: sql-injection
                while (rs.next()) {
                    response.getWriter().println(rs.getLong("id") + " " + rs.getBigDecimal("total"));
                }
            }
        } catch (SQLException e) {
            response.sendError(500);
        }
    }
}
