import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Databases lab 3: list the employees of a department and their average salary. */
public class DepartmentReport {
    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: java DepartmentReport <dept-no>");
            return;
        }
        String url = System.getenv().getOrDefault("LAB_DB_URL", "jdbc:postgresql://localhost/lab");
        try (Connection conn = DriverManager.getConnection(url, System.getenv("LAB_DB_USER"), System.getenv("LAB_DB_PASS"))) {
            PreparedStatement ps = conn.prepareStatement( // expect: resource-leak
                    "SELECT first_name, last_name, salary FROM employees WHERE dept_no = ? ORDER BY last_name");
            ps.setString(1, args[0]);
            ResultSet rs = ps.executeQuery(); // expect: resource-leak
            double sum = 0;
            int n = 0;
            while (rs.next()) {
                System.out.printf("%-15s %-15s %10.2f%n", rs.getString(1), rs.getString(2), rs.getDouble(3));
                sum += rs.getDouble(3);
                n++;
            }
            System.out.printf("%d employees, average %.2f%n", n, n == 0 ? 0.0 : sum / n);
        }
    }
}
