package com.example.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.apache.beam.sdk.transforms.DoFn;

class WriteInvoicePdfFn extends DoFn<InvoiceEvent, String> {
    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");
    private final String outputDir;

    WriteInvoicePdfFn(String outputDir) {
        this.outputDir = outputDir;
    }

    @ProcessElement
    public void processElement(@Element InvoiceEvent event, OutputReceiver<String> out) throws IOException {
        String customer = event.getCustomerRef();
        String number = event.getInvoiceNumber();
        if (!SEGMENT.matcher(customer).matches() || !SEGMENT.matcher(number).matches()) {
            return;
        }
        Path target = Paths.get(outputDir, customer, number + ".txt");
        Files.createDirectories(target.getParent());
        Files.write(target, event.render().getBytes(StandardCharsets.UTF_8));
        out.output(target.toString());
    }
}
