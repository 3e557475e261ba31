package ops;

import java.io.IOException;

public class Backup {
    private static final String ARCHIVE = "/var/backups/db.tar.gz";

    public int run() throws IOException, InterruptedException {
        Process tar = Runtime.getRuntime().exec(new String[] {"tar", "czf", ARCHIVE, "/var/lib/db"});
        return tar.waitFor();
    }
}
