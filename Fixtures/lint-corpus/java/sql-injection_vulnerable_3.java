package billing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;

public class InvoiceDao {
    private final DataSource dataSource;

    public InvoiceDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void archive(String customerRef, long year) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            stmt.addBatch("UPDATE invoices SET archived = true WHERE customer_ref = " + customerRef); // expect: sql-injection
            stmt.addBatch("DELETE FROM drafts WHERE year < " + year);
            stmt.executeBatch();
        }
    }

    public void note(HttpServletRequest request) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO notes(body) VALUES ('");
        sql.append(request.getParameter("body")).append("')");
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            st.execute( // expect: sql-injection
                    sql.toString());
        }
    }
}
