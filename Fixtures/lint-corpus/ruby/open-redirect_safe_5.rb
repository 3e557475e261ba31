# The same actions with local paths only.
module Booking
  module SafeRedirect
    def self.call(value, fallback)
      uri = URI.parse(value.to_s)
      uri.host.nil? && uri.path.start_with?("/") && !uri.path.start_with?("//") ? uri.path : fallback
    rescue URI::InvalidURIError
      fallback
    end
  end

  module Actions
    class SignOut < Booking::Action
      def handle(_request, response)
        response.session.clear
        response.redirect_to "/"
      end
    end

    class Confirm < Booking::Action
      def handle(request, response)
        response.redirect_to SafeRedirect.call(request.params[:back], "/bookings")
      end
    end
  end
end
