class Export {
    void write(java.nio.file.Path dir, String name) throws IOException {
        PrintWriter out = new PrintWriter(dir.resolve(name).toFile(), "UTF-8"); // expect: resource-leak
        out.println("done");
    }
}
