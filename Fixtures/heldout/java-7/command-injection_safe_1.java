import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.zeroturnaround.exec.ProcessExecutor;
import org.zeroturnaround.exec.ProcessResult;

// Release tool: release-notes --repo DIR --since TAG; git runs without a shell.
class ReleaseNotesTool {
    private static final Pattern TAG = Pattern.compile("v\\d+\\.\\d+\\.\\d+");

    public static void main(String[] args)
            throws ParseException, IOException, InterruptedException, TimeoutException {
        Options options = new Options();
        options.addRequiredOption("r", "repo", true, "repository directory");
        options.addOption("s", "since", true, "previous release tag");
        CommandLine cli = new DefaultParser().parse(options, args);

        String since = cli.getOptionValue("since", "v1.0.0");
        if (!TAG.matcher(since).matches()) {
            throw new ParseException("--since must look like v1.2.3");
        }

        ProcessResult result = new ProcessExecutor()
                .command("git", "-C", cli.getOptionValue("repo"), "log", "--oneline", since + "..HEAD", "--")
                .readOutput(true)
                .exitValueNormal()
                .execute();
        result.outputUTF8().lines()
                .filter(line -> !line.contains("chore:"))
                .forEach(System.out::println);
    }
}
