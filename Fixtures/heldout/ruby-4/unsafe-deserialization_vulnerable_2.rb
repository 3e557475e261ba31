# frozen_string_literal: true

# Hanami 2: the wishlist travels in a client-side cookie between visits.
module Store
  module Actions
    module Wishlist
      class Show < Store::Action
        def handle(request, response)
          raw = request.cookies["wishlist"]
          items = raw ? Marshal.load(Base64.urlsafe_decode64(raw)) : [] # expect: unsafe-deserialization
          response.render(view, items: items)
        end
      end

      class Import < Store::Action
        def handle(request, response)
          upload = request.params[:file]
          halt 400 unless upload
          list = Psych.safe_load(upload[:tempfile].read, permitted_classes: [], aliases: false)
          extra = Oj.load(request.params[:extra].to_s, mode: :object) # expect: unsafe-deserialization
          response.format = :json
          response.body = { count: Array(list).size + Array(extra).size }.to_json
        end
      end
    end
  end
end
