package com.acme.ops;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dbsnap", mixinStandardHelpOptions = true, description = "Dump a database and archive it.")
public class DbSnapshot implements Callable<Integer> {

    @Option(names = "--db", required = true)
    String database;

    @Option(names = "--out", defaultValue = "/var/backups")
    String outDir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            System.err.println("invalid database name");
            return 2;
        }
        File file = new File(outDir, database + ".dump");
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--format=custom", "--file", file.getPath(), "--dbname", database);
        dump.inheritIO();
        return dump.start().waitFor();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DbSnapshot()).execute(args));
    }
}
