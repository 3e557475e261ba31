package com.example.shop;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/products/search")
public class ProductSearchServlet extends HttpServlet {

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        dataSource = (DataSource) getServletContext().getAttribute("dataSource");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String name = req.getParameter("name");
        String category = req.getParameter("category");
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();

        String sql = "SELECT id, name, price FROM products WHERE name LIKE ?";
        boolean byCategory = category != null && !category.isEmpty();
        if (byCategory) {
            sql += " AND category = ?";
        }

        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, "%" + (name == null ? "" : name) + "%");
            if (byCategory) {
                ps.setString(2, category);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.println(rs.getLong("id") + "\t" + rs.getString("name") + "\t" + rs.getBigDecimal("price"));
                }
            }
        } catch (SQLException e) {
            log("product search failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
