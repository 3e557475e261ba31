import java.sql.*;
import javax.servlet.http.*;

public class ReportServlet extends HttpServlet {
    private Connection conn;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        String view = Roles.isManager(req.getParameter("user")) ? "manager_report" : "staff_report";
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT total FROM " + view)) {
            resp.getWriter().println(rs.next() ? rs.getLong(1) : 0L);
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}
