import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import java.io.IOException;
import java.io.PrintStream;

// CLI: export-ledger --format CSV|JSON --mode DRY_RUN|WRITE (JCommander converts to enums).
class ExportLedger {
    enum Format { CSV, JSON }
    enum Mode { DRY_RUN, WRITE }

    @Parameter(names = "--format")
    Format format = Format.CSV;

    @Parameter(names = "--mode")
    Mode mode = Mode.DRY_RUN;

    public static void main(String[] argv) throws IOException {
        ExportLedger cmd = new ExportLedger();
        JCommander.newBuilder().addObject(cmd).build().parse(argv);
        cmd.run(System.out);
    }

    void run(PrintStream out) throws IOException {
        LedgerWriter writer = format == Format.JSON ? new JsonLedgerWriter(out) : new CsvLedgerWriter(out);
        for (LedgerEntry entry : Ledger.open().entries()) {
            writer.write(entry);
        }
        if (mode != Mode.WRITE) {
            out.println("dry run: nothing committed");
            return;
        }
        Ledger.open().markExported();
    }
}
