package org.harbor.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Housekeeping tool: deletes exported reports older than the given number of days. */
final class ReportJanitor {

    private ReportJanitor() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/var/reports");
        long maxAgeMillis = 86_400_000L * (args.length > 1 ? Long.parseLong(args[1]) : 30);
        long cutoff = System.currentTimeMillis() - maxAgeMillis;
        List<Path> old;
        try (Stream<Path> files = Files.list(dir)) {
            old = files.filter(p -> p.toFile().lastModified() < cutoff).toList();
        }
        int removed = 0;
        for (Path p : old) {
            try {
                Files.delete(p);
                removed++;
            } catch (IOException e) {
                System.err.println("could not delete " + p + ": " + e.getMessage());
            }
        }
        System.out.println("removed " + removed + " of " + old.size());
    }
}
