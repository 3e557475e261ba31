class Quality {
    static int bitrate(String label) {
        if (label == defaultQuality()) { // expect: string-reference-equality
            return 192;
        }
        return "High".equals(label) ? 256 : 64;
    }

    static String defaultQuality() {
        return System.getProperty("quality", "Medium");
    }
}
