# frozen_string_literal: true

# Hanami 2: the wishlist travels in a client-side cookie between visits, signed by the server.
module Store
  module Actions
    module Wishlist
      class Show < Store::Action
        include Deps["wishlist_verifier"]

        def handle(request, response)
          raw = request.cookies["wishlist"]
          items = raw ? wishlist_verifier.verified(raw) || [] : []
          response.render(view, items: items)
        end
      end

      class Import < Store::Action
        def handle(request, response)
          upload = request.params[:file]
          halt 400 unless upload
          list = Psych.safe_load(upload[:tempfile].read, permitted_classes: [], aliases: false)
          extra = Oj.load(request.params[:extra].to_s, mode: :strict)
          response.format = :json
          response.body = { count: Array(list).size + Array(extra).size }.to_json
        end
      end
    end
  end
end

# config/providers/wishlist_verifier.rb
Hanami.app.register_provider(:wishlist_verifier) do
  start do
    require "active_support/message_verifier"
    secret = target["settings"].wishlist_secret
    register "wishlist_verifier", ActiveSupport::MessageVerifier.new(secret, serializer: JSON, digest: "SHA256")
  end
end
