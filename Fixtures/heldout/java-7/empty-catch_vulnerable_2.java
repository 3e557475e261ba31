import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: cleans up expired export files and reports how much space was freed.
class ExportCleanupJob {
    private final ExportIndex index;

    ExportCleanupJob(ExportIndex index) {
        this.index = index;
    }

    @Job(name = "Clean up expired exports")
    public long cleanUp() {
        long freed = 0;
        List<Path> expired = index.expiredFiles();
        for (Path file : expired) {
            long size = 0;
            try {
                size = Files.size(file);
            } catch (IOException e) { // expect: empty-catch
                // size unknown, count it as zero
            }
            try {
                Files.deleteIfExists(file);
                freed += size;
            } catch (IOException ignored) { // expect: empty-catch
            }
        }
        index.forget(expired);
        return freed;
    }
}
