public class ConvertForm extends ActionForm {
    private static final java.util.Set<String> FORMATS = java.util.Set.of("png", "jpg", "webp");
    private String format;

    public void setFormat(String format) { this.format = format; }

    public int convert(String file) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format");
        }
        CommandLine line = new CommandLine("convert");
        line.addArgument(file, false).addArgument("out." + format, false);
        return new DefaultExecutor().execute(line);
    }
}

class ToolsCommand implements CommandExecutor {
    @Override
    public boolean onCommand(CommandSender sender, Command command, String label, String[] args) {
        try {
            new ProcessBuilder("ping", "-c", "1", "--", args[0]).start();
        } catch (IOException e) {
            sender.sendMessage("failed: " + e.getMessage());
        }
        return true;
    }
}
