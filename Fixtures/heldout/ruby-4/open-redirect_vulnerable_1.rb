# frozen_string_literal: true

# Hanami 2: sign-in and sign-out actions of the customer portal.
module Portal
  module Actions
    module Sessions
      class Create < Portal::Action
        include Deps["authenticator"]

        def handle(request, response)
          account = authenticator.call(request.params[:email], request.params[:password])
          if account.nil?
            response.flash[:error] = "Invalid e-mail or password"
            response.redirect_to "/sign_in"
          end
          response.session[:account_id] = account.id
          target = request.params[:return_to] || "/dashboard"
          response.redirect_to target # expect: open-redirect
        end
      end

      class Destroy < Portal::Action
        def handle(request, response)
          response.session.clear
          response.redirect_to request.get_header("HTTP_REFERER") || "/" # expect: open-redirect
        end
      end
    end
  end
end
