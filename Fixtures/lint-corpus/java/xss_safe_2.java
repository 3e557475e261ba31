import java.io.IOException;
import javax.servlet.http.*;

public class StockServlet extends HttpServlet {
    private Inventory inventory;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        int updated = inventory.markSold(id);
        resp.getWriter().println(updated + " row(s) updated");
    }
}
