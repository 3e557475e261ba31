# frozen_string_literal: true

require "hanami/action"

# Newsletter click tracking: /c/:issue/:link records a click and sends the reader on.
module Newsletter
  module Actions
    module Clicks
      class Show < Hanami::Action
        include Deps["repos.click_repo", "repos.link_repo"]

        def handle(request, response)
          link = link_repo.find_in_issue(request.params[:issue], request.params[:link])
          halt 404 unless link

          click_repo.record(issue: link.issue_id, url: link.url, agent: request.user_agent)
          response.redirect_to(link.url)
        end
      end
    end
  end
end
