package com.example.leaderboard;

import org.redisson.Redisson;
import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

class LeaderboardStore implements AutoCloseable {
    private final RedissonClient redis;

    LeaderboardStore(String host) {
        Config config = new Config();
        config.useSingleServer()
                .setAddress("rediss://" + host + ":6380")
                .setUsername("leaderboard")
                .setPassword("Qm4!rT8z#Lw2Vx6p") // expect: hardcoded-secret
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
