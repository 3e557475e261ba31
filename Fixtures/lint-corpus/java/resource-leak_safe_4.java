class Status {
    int ping(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), 1500);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeByte(0xFE);
            return new DataInputStream(socket.getInputStream()).readUnsignedByte();
        } finally {
            socket.close();
        }
    }
}
