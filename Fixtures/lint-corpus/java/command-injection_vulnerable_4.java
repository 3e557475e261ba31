import java.io.IOException;

/** Usage: java Grep <pattern> <dir> */
public class Grep {
    public static void main(String... args) throws IOException, InterruptedException {
        String pattern = args[0];
        String dir = args[1];
        Process p = new ProcessBuilder("/bin/sh", "-c", "grep -rn " + pattern + " " + dir).inheritIO().start(); // expect: command-injection
        System.exit(p.waitFor());
    }
}
