# worker.rb - pulls jobs from Redis and runs them
require "redis"
require "json"
require "yaml"
require "logger"

class JobWorker
  JOBS = { "send_email" => SendEmailJob, "resize_image" => ResizeImageJob }.freeze

  def initialize(redis: Redis.new(url: ENV.fetch("REDIS_URL")), logger: Logger.new($stdout))
    @redis = redis
    @logger = logger
    @settings = YAML.load_file(File.expand_path("config/worker.yml", __dir__))
  end

  def run
    loop do
      _queue, payload = @redis.blpop("jobs", timeout: @settings.fetch("timeout", 5))
      next unless payload

      data = JSON.parse(payload)
      job_class = JOBS.fetch(data["type"]) { next @logger.warn("unknown job #{data['type']}") }
      job_class.new(**data["args"].transform_keys(&:to_sym)).perform
    end
  end

  # Deep copy of our own in-memory options before a job mutates them.
  def options_copy(options)
    Marshal.load(Marshal.dump(options))
  end
end
