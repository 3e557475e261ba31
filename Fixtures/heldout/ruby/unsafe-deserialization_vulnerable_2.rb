# worker.rb - pulls jobs from Redis and runs them
require "redis"
require "yaml"
require "logger"

class JobWorker
  def initialize(redis: Redis.new(url: ENV.fetch("REDIS_URL")), logger: Logger.new($stdout))
    @redis = redis
    @logger = logger
  end

  def run
    loop do
      _queue, payload = @redis.blpop("jobs", timeout: 5)
      next unless payload

      job = Marshal.load(payload) # expect: unsafe-deserialization
      @logger.info("running #{job.class}")
      job.perform
    end
  end

  def load_schedule(io)
    YAML.unsafe_load(io.read).each do |entry| # expect: unsafe-deserialization
      @redis.zadd("schedule", entry["at"].to_i, entry["job"])
    end
  end
end

JobWorker.new.run if $PROGRAM_NAME == __FILE__
