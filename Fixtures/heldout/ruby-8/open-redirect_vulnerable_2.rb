# frozen_string_literal: true

module ShortLinks
  # Resolves the short links members create for their event pages.
  class VisitsController < ActionController::Base
    def show
      link = Link.find_by!(slug: params[:slug])
      Link.increment_counter(:visits, link.id)
      target = link.destination
      target = "#{target}?#{request.query_string}" if request.query_string.present?
      redirect_to target, allow_other_host: true, status: :found # expect: open-redirect
    end
  end
end
