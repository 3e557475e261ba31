import java.io.IOException;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// JobRunr job: renders and uploads the monthly statements of one account.
class StatementJob {
    private static final Logger LOG = LoggerFactory.getLogger(StatementJob.class);
    private final StatementRenderer renderer;
    private final StatementUploader uploader;

    StatementJob(StatementRenderer renderer, StatementUploader uploader) {
        this.renderer = renderer;
        this.uploader = uploader;
    }

    @Job(name = "Statements for account %0", retries = 3)
    public void run(long accountId, String month) {
        try {
            byte[] pdf = renderer.render(accountId, month);
            uploader.upload(accountId, month, pdf);
        } catch (IOException | RenderException e) {
            LOG.error("statement for {} / {} failed", accountId, month, e);
            throw new StatementFailedException(accountId, e);
        }
    }
}
