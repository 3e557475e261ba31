import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.zeroturnaround.exec.ProcessExecutor;
import org.zeroturnaround.exec.ProcessResult;

// Release tool: release-notes --repo DIR --since TAG; the git log goes through a shell pipeline.
class ReleaseNotesTool {
    public static void main(String[] args)
            throws ParseException, IOException, InterruptedException, TimeoutException {
        Options options = new Options();
        options.addRequiredOption("r", "repo", true, "repository directory");
        options.addOption("s", "since", true, "previous release tag");
        CommandLine cli = new DefaultParser().parse(options, args);

        String since = cli.getOptionValue("since", "v1.0.0");
        String pipeline = "cd " + cli.getOptionValue("repo")
                + " && git log --oneline " + since + "..HEAD | grep -v 'chore:'";

        ProcessResult result = new ProcessExecutor()
                .command("sh", "-c", pipeline) // expect: command-injection
                .readOutput(true)
                .exitValueNormal()
                .execute();
        System.out.println(result.outputUTF8());
    }
}
