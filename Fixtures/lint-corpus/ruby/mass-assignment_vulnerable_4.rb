# Hanami 2 actions over ROM repositories.
module Club
  module Actions
    class CreateBooking < Club::Action
      def handle(request, response)
        data = request.params.to_h.except(:_csrf)
        booking = booking_repo.create(data) # expect: mass-assignment
        response.redirect_to "/bookings/#{booking.id}"
      end
    end

    class UpdateBooking < Club::Action
      def handle(request, response)
        booking_repo.bookings.by_pk(request.params[:id]).changeset(:update, request.params[:booking].to_h).commit # expect: mass-assignment
        response.redirect_to "/bookings"
      end
    end
  end
end
