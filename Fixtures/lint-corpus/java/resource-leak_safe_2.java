package inventory;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

public class StockArchive {
    private final DataSource pool;

    public StockArchive(DataSource pool) {
        this.pool = pool;
    }

    public void dump(Map<String, Integer> counts, String target) throws IOException {
        PrintStream sink = new PrintStream(target);
        try {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                sink.println(e.getKey() + "=" + e.getValue());
            }
        } finally {
            sink.close();
        }
    }

    public void report(OutputStream out, Map<String, Integer> counts) {
        PrintStream view = new PrintStream(out);
        counts.forEach((sku, qty) -> view.println(sku + ": " + qty));
        view.flush();
    }

    public OutputStream openArchive(String path) throws IOException {
        FileOutputStream raw = new FileOutputStream(path, true);
        return new BufferedOutputStream(raw);
    }

    public int lowStock(int threshold) throws SQLException {
        Connection db = pool.getConnection();
        try {
            PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM stock WHERE qty < ?");
            query.setInt(1, threshold);
            ResultSet total = query.executeQuery();
            return total.next() ? total.getInt(1) : 0;
        } finally {
            db.close();
        }
    }
}
