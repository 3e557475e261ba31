package com.acme.ops;

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
        String file = outDir + "/" + database + ".sql.gz";
        ProcessBuilder dump = new ProcessBuilder("bash", "-c", "pg_dump " + database + " | gzip > " + file); // expect: command-injection
        dump.inheritIO();
        int code = dump.start().waitFor();
        if (code != 0) {
            return code;
        }
        Process tag = Runtime.getRuntime().exec("setfattr -n user.source -v " + database + " " + file); // expect: command-injection
        return tag.waitFor();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DbSnapshot()).execute(args));
    }
}
