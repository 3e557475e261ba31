package reports;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class ReportLoader {
    private final DataSource dataSource;

    public ReportLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String header(String path) throws IOException {
        BufferedReader reader = new BufferedReader(new FileReader(path)); // expect: resource-leak
        return reader.readLine();
    }

    public int count() throws SQLException {
        Connection connection = dataSource.getConnection(); // expect: resource-leak
        Statement statement = connection.createStatement(); // expect: resource-leak
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM reports"); // expect: resource-leak
        rows.next();
        return rows.getInt(1);
    }
}
