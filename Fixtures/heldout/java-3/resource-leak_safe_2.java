package com.backup.tool;

import java.io.ByteArrayOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;

public class ArchiveAuditorFixed {

    public int entryCount(Path archive) throws IOException {
        ZipFile zip = new ZipFile(archive.toFile());
        try {
            return zip.size();
        } finally {
            zip.close();
        }
    }

    public void record(Path log, Path archive, long size) throws IOException {
        try (FileWriter out = new FileWriter(log.toFile(), true)) {
            out.write(archive + "\t" + size + System.lineSeparator());
        }
    }

    public String summary(long files, long bytes) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf);
        ps.printf("%d files, %d bytes%n", files, bytes);
        ps.flush();
        return buf.toString();
    }
}
