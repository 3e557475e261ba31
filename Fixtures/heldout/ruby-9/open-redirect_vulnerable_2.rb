# frozen_string_literal: true

require "hanami/action"

# Newsletter click tracking: /c/:issue/:link records a click and sends the reader on.
module Newsletter
  module Actions
    module Clicks
      class Show < Hanami::Action
        include Deps["repos.click_repo"]

        def handle(request, response)
          destination = request.params[:to].to_s
          click_repo.record(issue: request.params[:issue], url: destination, agent: request.user_agent)
          response.redirect_to(destination) # expect: open-redirect
        end
      end
    end
  end
end
