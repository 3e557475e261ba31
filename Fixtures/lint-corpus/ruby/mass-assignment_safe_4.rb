# The same actions with the allowed attributes picked out.
module Club
  module Actions
    class CreateBooking < Club::Action
      def handle(request, response)
        data = request.params.to_h.slice(:court, :starts_at)
        booking = booking_repo.create(data)
        response.redirect_to "/bookings/#{booking.id}"
      end
    end

    class UpdateBooking < Club::Action
      def handle(request, response)
        booking_repo.bookings.by_pk(request.params[:id])
                    .changeset(:update, starts_at: request.params[:booking][:starts_at].to_s).commit
        response.redirect_to "/bookings"
      end
    end
  end
end
