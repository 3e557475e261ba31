import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import java.io.IOException;
import java.io.PrintStream;

// CLI: export-ledger --format csv|json --mode dry-run|write (JCommander).
class ExportLedger {
    @Parameter(names = "--format")
    String format = "csv";

    @Parameter(names = "--mode")
    String mode = "dry-run";

    public static void main(String[] argv) throws IOException {
        ExportLedger cmd = new ExportLedger();
        JCommander.newBuilder().addObject(cmd).build().parse(argv);
        cmd.run(System.out);
    }

    void run(PrintStream out) throws IOException {
        LedgerWriter writer = format == "json" ? new JsonLedgerWriter(out) : new CsvLedgerWriter(out); // expect: string-reference-equality
        for (LedgerEntry entry : Ledger.open().entries()) {
            writer.write(entry);
        }
        if (isDryRun(mode)) {
            out.println("dry run: nothing committed");
            return;
        }
        Ledger.open().markExported();
    }

    private static boolean isDryRun(String mode) {
        return mode == null || mode == "dry-run"; // expect: string-reference-equality
    }
}
