# frozen_string_literal: true

module ShortLinks
  # Resolves the short links members create for their event pages.
  class VisitsController < ActionController::Base
    def show
      link = Link.find_by!(slug: params[:slug])
      Link.increment_counter(:visits, link.id)
      redirect_to url_from(link.destination) || event_path(link.event_id), status: :found
    end

    def back
      redirect_back_or_to root_path
    end
  end
end
