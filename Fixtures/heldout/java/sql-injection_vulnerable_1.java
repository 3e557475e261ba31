package com.example.shop;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

        String sql = "SELECT id, name, price FROM products WHERE name LIKE '%" + name + "%'";
        if (category != null && !category.isEmpty()) {
            sql += " AND category = '" + category + "'";
        }

        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery(sql)) { // expect: sql-injection
            while (rs.next()) {
                out.println(rs.getLong("id") + "\t" + rs.getString("name") + "\t" + rs.getBigDecimal("price"));
            }
        } catch (SQLException e) {
            log("product search failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String id = req.getParameter("id");
        String stock = req.getParameter("stock");
        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement()) {
            int updated = stmt.executeUpdate("UPDATE products SET stock = " + stock + " WHERE id = " + id); // expect: sql-injection
            resp.getWriter().println(updated + " row(s) updated");
        } catch (SQLException e) {
            log("stock update failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
