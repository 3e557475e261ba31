package com.example.backup;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Nightly backup job. The database name comes from the BACKUP_DB environment variable
 * and the target from the command line.
 */
public class BackupJob {

    private static final Logger LOG = Logger.getLogger("backup");

    public static void main(String[] args) throws IOException, InterruptedException {
        String db = System.getenv("BACKUP_DB");
        String target = args.length > 0 ? args[0] : "/backups";
        if (target.contains(";") || target.contains("|")) {
            LOG.severe("refusing suspicious target");
            System.exit(2);
        }
        String cmd = "pg_dump " + db + " | gzip > " + target + "/" + db + ".sql.gz";
        Process p = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO().start(); // expect: command-injection
        int rc = p.waitFor();
        LOG.info("pg_dump exited with " + rc);

        Runtime.getRuntime().exec("find " + target + " -mtime +14 -delete"); // expect: command-injection
    }
}
