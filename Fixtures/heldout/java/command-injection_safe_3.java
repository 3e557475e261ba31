package com.example.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;

/** Nightly backup job: argv only, target validated as a path. */
public class BackupJob {

    private static final Logger LOG = Logger.getLogger("backup");

    public static void main(String[] args) throws IOException, InterruptedException {
        String db = System.getenv().getOrDefault("BACKUP_DB", "app");
        if (!db.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name");
        }
        Path target = Path.of(args.length > 0 ? args[0] : "/backups").toAbsolutePath().normalize();
        Path out = target.resolve(db + ".dump");

        Process p = new ProcessBuilder("pg_dump", "--format=custom", "--file", out.toString(), db)
                .inheritIO()
                .start();
        LOG.info("pg_dump exited with " + p.waitFor());

        // the user value reaches the shell only as a positional parameter ($1), never as script text
        Process prune = new ProcessBuilder("sh", "-c", "find \"$1\" -name '*.dump' -mtime +14 -delete", "prune", target.toString())
                .inheritIO()
                .start();
        LOG.info("prune exited with " + prune.waitFor());
    }
}
