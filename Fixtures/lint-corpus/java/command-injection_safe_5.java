import java.io.IOException;
import java.util.List;

public class Resize {
    @PostMapping("/resize")
    public String resize(@RequestParam String file) throws IOException, InterruptedException {
        if (!file.matches("[\\w-]+\\.(png|gif)")) {
            return "bad name";
        }
        List<String> argv = List.of("convert", file, "-resize", "50%", "small_" + file);
        Process p = new ProcessBuilder(argv).start();
        return p.waitFor() == 0 ? "ok" : "failed";
    }

    public static void main(String[] args) throws IOException {
        new ProcessBuilder("ls", "-l", args[0]).inheritIO().start();
    }
}
