import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

// Google Cloud Function (Java): serves invoice PDFs from the mounted bucket volume (?customer=...&file=...).
class InvoiceDownload implements HttpFunction {
    private static final Path INVOICES = Path.of("/mnt/invoices");

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        String customer = request.getFirstQueryParameter("customer").orElse("");
        String file = request.getFirstQueryParameter("file").orElse("latest.pdf");
        Path invoice = INVOICES.resolve(customer).resolve(file);

        response.setContentType("application/pdf");
        try (InputStream in = Files.newInputStream(invoice); // expect: path-traversal
             OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
