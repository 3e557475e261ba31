# Slack slash-command backend: saved searches cached in Redis, imports from a file the user attached.
require "redis"
require "json"
require "psych"

class SavedSearchService
  def initialize(redis: Redis.new(url: ENV.fetch("REDIS_URL")))
    @redis = redis
  end

  def cached(team_id, user_id)
    raw = @redis.get("saved-search:#{team_id}:#{user_id}")
    return [] unless raw

    JSON.parse(raw)
  end

  def store(team_id, user_id, searches)
    @redis.set("saved-search:#{team_id}:#{user_id}", JSON.generate(searches), ex: 86_400)
  end

  def import(team_id, user_id, attachment_path)
    searches = Psych.safe_load(File.read(attachment_path), permitted_classes: [], aliases: false)
    list = Array(searches).map(&:to_s)
    store(team_id, user_id, list)
    list.size
  end
end
