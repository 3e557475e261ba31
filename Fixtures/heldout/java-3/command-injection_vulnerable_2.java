package tools.repostats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** Usage: java tools.repostats.Main <repo-dir> <author> */
public class Main {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: repostats <repo-dir> <author>");
            System.exit(2);
        }
        String repo = args[0];
        String author = args[1];

        Process log = Runtime.getRuntime().exec("git -C " + repo + " log --oneline --author=" + author); // expect: command-injection
        int commits = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(log.getInputStream()))) {
            while (r.readLine() != null) {
                commits++;
            }
        }
        log.waitFor();

        ProcessBuilder wc = new ProcessBuilder("cmd.exe", "/c", "dir /s /b " + repo + "\\*.java"); // expect: command-injection
        Process files = wc.start();
        long javaFiles;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(files.getInputStream()))) {
            javaFiles = r.lines().count();
        }
        System.out.printf("%s: %d commits, %d java files%n", author, commits, javaFiles);
    }
}
