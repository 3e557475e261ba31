import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jobrunr.jobs.annotations.Job;

// JobRunr background job: purges a tenant's expired sessions; the tenant slug comes from the admin form.
class SessionPurgeJob {
    private final DataSource dataSource;

    SessionPurgeJob(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Job(name = "Purge sessions of %0")
    public int purge(String tenantSlug, int olderThanDays) throws SQLException {
        String sql = "DELETE FROM sessions WHERE tenant = ?"
                + " AND last_seen < now() - make_interval(days => ?)";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement stmt = conn.prepareStatement(sql)) {
            stmt.setString(1, tenantSlug);
            stmt.setInt(2, olderThanDays);
            return stmt.executeUpdate();
        }
    }
}
