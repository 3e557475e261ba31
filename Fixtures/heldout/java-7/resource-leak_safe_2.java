import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

// Quartz job: polls the label printers' status port every minute.
class PrinterStatusJob implements Job {
    @Override
    public void execute(JobExecutionContext ctx) throws JobExecutionException {
        PrinterRegistry registry = (PrinterRegistry) ctx.getMergedJobDataMap().get("registry");
        for (Printer printer : registry.printers()) {
            try {
                registry.update(printer.id(), poll(printer.host()));
            } catch (IOException e) {
                registry.markOffline(printer.id(), e.getMessage());
            }
        }
    }

    private static String poll(String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, 9100), 2_000);
            OutputStream out = socket.getOutputStream();
            out.write("~HS\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (Scanner reply = new Scanner(socket.getInputStream(), StandardCharsets.US_ASCII)) {
                return reply.hasNextLine() ? reply.nextLine() : "";
            }
        }
    }
}
