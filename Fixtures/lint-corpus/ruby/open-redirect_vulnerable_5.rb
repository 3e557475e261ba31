# Hanami 2 actions of a booking portal.
module Booking
  module Actions
    class SignOut < Booking::Action
      def handle(request, response)
        response.session.clear
        response.redirect_to request.get_header("HTTP_REFERER") || "/" # expect: open-redirect
      end
    end

    class Confirm < Booking::Action
      def handle(request, response)
        back = request.params[:back] || "/bookings"
        response.redirect_to back # expect: open-redirect
      end
    end
  end
end
