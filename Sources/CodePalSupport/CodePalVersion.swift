/// The version every face reports: `codepal --version`, the server's `serverInfo`, SARIF's
/// `tool.driver.version`, and the key of anything cached on disk from an earlier binary.
public enum CodePalVersion {
    public static let string = "0.1.0"
}
