package inventory;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

public class StockSnapshot {
    private final DataSource pool;

    public StockSnapshot(DataSource pool) {
        this.pool = pool;
    }

    public void dump(Map<String, Integer> counts, String target) throws IOException {
        PrintStream sink = new PrintStream(target); // expect: resource-leak
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sink.println(e.getKey() + "=" + e.getValue());
        }
    }

    public int lowStock(int threshold, String logFile) throws SQLException, IOException {
        Connection db = pool.getConnection(); // expect: resource-leak
        PreparedStatement query = db.prepareStatement("SELECT sku FROM stock WHERE qty < ?"); // expect: resource-leak
        query.setInt(1, threshold);
        ResultSet skus = query.executeQuery(); // expect: resource-leak
        FileWriter log = new FileWriter(logFile, true); // expect: resource-leak
        int seen = 0;
        while (skus.next()) {
            log.write(skus.getString(1) + "\n");
            seen++;
        }
        log.close();
        return seen;
    }
}
