package com.example.leaderboard;

import org.redisson.Redisson;
import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

class LeaderboardStore implements AutoCloseable {
    static final String PASSWORD_PROPERTY = "leaderboard.redis.password";
    private final RedissonClient redis;

    LeaderboardStore(String host) {
        Config config = new Config();
        config.useSingleServer()
                .setAddress("rediss://" + host + ":6380")
                .setUsername("leaderboard")
                .setPassword(System.getProperty(PASSWORD_PROPERTY))
                .setConnectionPoolSize(8);
        this.redis = Redisson.create(config);
    }

    void submit(String season, String player, double score) {
        RScoredSortedSet<String> board = redis.getScoredSortedSet("board:" + season);
        board.addScoreIfGreater(player, score);
    }

    @Override
    public void close() {
        redis.shutdown();
    }
}
