package com.example.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.beam.sdk.transforms.DoFn;

class WriteInvoicePdfFn extends DoFn<InvoiceEvent, String> {
    private final String outputDir;

    WriteInvoicePdfFn(String outputDir) {
        this.outputDir = outputDir;
    }

    @ProcessElement
    public void processElement(@Element InvoiceEvent event, OutputReceiver<String> out) throws IOException {
        Path target = Paths.get(outputDir, event.getCustomerRef(), event.getInvoiceNumber() + ".txt");
        Files.createDirectories(target.getParent());
        Files.write(target, event.render().getBytes(StandardCharsets.UTF_8)); // expect: path-traversal
        out.output(target.toString());
    }
}
