class Sessions {
    private final SplittableRandom rng = new SplittableRandom();

    String newSessionId() {
        return Long.toHexString(rng.nextLong()); // expect: insecure-random
    }
}
