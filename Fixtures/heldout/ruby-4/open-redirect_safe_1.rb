# frozen_string_literal: true

require "uri"

# Hanami 2: sign-in and sign-out actions of the customer portal.
module Portal
  module Actions
    module Sessions
      module LocalPath
        # only same-site absolute paths: "/x" but not "//host" or "/\host"
        def self.call(value, fallback)
          uri = URI.parse(value.to_s)
          local = uri.scheme.nil? && uri.host.nil? && uri.path.start_with?("/") &&
                  !uri.path.start_with?("//", "/\\")
          local ? uri.to_s : fallback
        rescue URI::InvalidURIError
          fallback
        end
      end

      class Create < Portal::Action
        include Deps["authenticator"]

        def handle(request, response)
          account = authenticator.call(request.params[:email], request.params[:password])
          if account.nil?
            response.flash[:error] = "Invalid e-mail or password"
            response.redirect_to "/sign_in"
          end
          response.session[:account_id] = account.id
          response.redirect_to LocalPath.call(request.params[:return_to], "/dashboard")
        end
      end

      class Destroy < Portal::Action
        def handle(_request, response)
          response.session.clear
          response.redirect_to "/"
        end
      end
    end
  end
end
