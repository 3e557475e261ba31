package com.acme.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class AuditExporter {

    private final DataSource ds;

    public AuditExporter(DataSource ds) {
        this.ds = ds;
    }

    public int export(String tenant, Path file) throws SQLException, IOException {
        int n = 0;
        try (Connection conn = ds.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT at, actor, action FROM audit_log WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery(); BufferedWriter out = Files.newBufferedWriter(file)) {
                while (rs.next()) {
                    out.write(rs.getTimestamp(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3));
                    out.newLine();
                    n++;
                }
            }
        }
        return n;
    }

    public String header(String tenant) {
        StringWriter sw = new StringWriter();
        sw.append("# audit export for ").append(tenant).append('\n');
        return sw.toString();
    }
}
