package org.harbor.ledger;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Merges the day's till exports into one CSV for the accountant. */
final class TillMerge {

    private TillMerge() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        BufferedWriter writer = Files.newBufferedWriter(out); // expect: resource-leak
        writer.write("till,time,amount\n");
        for (int i = 1; i < args.length; i++) {
            copyRows(args[i], writer);
        }
        writer.flush();
    }

    private static void copyRows(String export, BufferedWriter writer) throws IOException {
        BufferedReader reader = new BufferedReader(new FileReader(export)); // expect: resource-leak
        reader.readLine();
        String line;
        while ((line = reader.readLine()) != null) {
            writer.write(Path.of(export).getFileName() + "," + line + "\n");
        }
    }
}
