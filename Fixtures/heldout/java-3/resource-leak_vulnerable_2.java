package com.backup.tool;

import java.io.FileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class ArchiveAuditor {

    private final Path auditLog;

    public ArchiveAuditor(Path auditLog) {
        this.auditLog = auditLog;
    }

    public long totalSize(Path archive) throws IOException {
        ZipFile zip = new ZipFile(archive.toFile()); // expect: resource-leak
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            total += entries.nextElement().getSize();
        }
        return total;
    }

    public void record(Path archive, long size) throws IOException {
        FileWriter out = new FileWriter(auditLog.toFile(), true); // expect: resource-leak
        out.write(archive + "\t" + size + System.lineSeparator());
        if (size > 10L * 1024 * 1024 * 1024) {
            throw new IOException("archive over quota: " + archive);
        }
        out.close();
    }
}
