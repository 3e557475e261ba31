import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;

// JobRunr job: cleans up expired export files and reports how much space was freed.
class ExportCleanupJob {
    private final ExportIndex index;

    ExportCleanupJob(ExportIndex index) {
        this.index = index;
    }

    @Job(name = "Clean up expired exports")
    public long cleanUp(JobContext ctx) {
        long freed = 0;
        List<Path> removed = new ArrayList<>();
        for (Path file : index.expiredFiles()) {
            try {
                long size = Files.size(file);
                Files.deleteIfExists(file);
                freed += size;
                removed.add(file);
            } catch (IOException e) {
                ctx.logger().warn("could not remove " + file + ": " + e.getMessage());
            }
        }
        index.forget(removed);
        return freed;
    }
}
