package com.example.audit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class LoginAuditServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LoginAuditServlet.class.getName());
    private final DataSource ds;

    public LoginAuditServlet(DataSource ds) {
        this.ds = ds;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("username");
        String agent = request.getHeader("User-Agent");
        if (user == null || user.length() > 64) {
            LOG.warning("suspicious username length, recording anyway");
        }
        StringBuilder sb = new StringBuilder("INSERT INTO login_audit(username, agent, at) VALUES ('");
        sb.append(user).append("', '").append(agent).append("', CURRENT_TIMESTAMP)");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sb.toString()); // expect: sql-injection
        } catch (SQLException e) {
            LOG.severe("audit insert failed: " + e.getMessage());
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
