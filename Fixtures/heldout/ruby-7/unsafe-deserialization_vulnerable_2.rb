# Slack slash-command backend: saved searches cached in Redis, imports from a file the user attached.
require "redis"
require "psych"

class SavedSearchService
  def initialize(redis: Redis.new(url: ENV.fetch("REDIS_URL")))
    @redis = redis
  end

  def cached(team_id, user_id)
    raw = @redis.get("saved-search:#{team_id}:#{user_id}")
    return [] unless raw

    Marshal.restore(raw) # expect: unsafe-deserialization
  end

  def store(team_id, user_id, searches)
    @redis.set("saved-search:#{team_id}:#{user_id}", Marshal.dump(searches), ex: 86_400)
  end

  def import(team_id, user_id, attachment_path)
    searches = Psych.unsafe_load(File.read(attachment_path)) # expect: unsafe-deserialization
    store(team_id, user_id, Array(searches))
    searches.size
  end
end
