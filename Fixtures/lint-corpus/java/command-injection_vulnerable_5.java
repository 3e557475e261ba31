// A Struts 1 form bean and a chat command: their properties and arguments are the user's.
public class ConvertForm extends ActionForm {
    private String format;

    public void setFormat(String format) { this.format = format; }

    public int convert(String file) throws IOException {
        return new DefaultExecutor().execute(CommandLine.parse("convert " + file + " out." + format)); // expect: command-injection
    }
}

class ToolsCommand implements CommandExecutor {
    @Override
    public boolean onCommand(CommandSender sender, Command command, String label, String[] args) {
        String target = args[0];
        try {
            new ProcessBuilder("bash", "-c", "ping -c 1 " + target).start(); // expect: command-injection
        } catch (IOException e) {
            sender.sendMessage("failed: " + e.getMessage());
        }
        return true;
    }
}
