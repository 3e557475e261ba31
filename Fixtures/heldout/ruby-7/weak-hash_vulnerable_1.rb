# Lita handler: personal API tokens for the deploy bot ("token new", "token check <token>").
require "lita"
require "digest"
require "securerandom"

module Lita
  module Handlers
    class DeployTokens < Handler
      route(/^token new$/, :issue, command: true)
      route(/^token check (\S+)$/, :check, command: true)

      def issue(response)
        token = SecureRandom.urlsafe_base64(32)
        redis.hset("tokens", response.user.id, fingerprint(token))
        response.private_message("Your deploy token: #{token}")
      end

      def check(response)
        stored = redis.hget("tokens", response.user.id)
        ok = stored && Rack::Utils.secure_compare(stored, fingerprint(response.match_data[1]))
        response.reply(ok ? "token valid" : "token rejected")
      end

      def recovery_code_digest(user_id, code)
        Digest::MD5.base64digest("#{user_id}:#{code}") # expect: weak-hash
      end

      private

      def fingerprint(token)
        Digest::SHA1.hexdigest(token) # expect: weak-hash
      end
    end

    Lita.register_handler(DeployTokens)
  end
end
