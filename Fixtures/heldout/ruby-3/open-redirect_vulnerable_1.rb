# app/controllers/oauth/authorizations_controller.rb
module Oauth
  class AuthorizationsController < ApplicationController
    before_action :authenticate_user!

    def create
      client = OauthClient.find_by!(uid: params.require(:client_id))
      grant = client.grants.create!(user: current_user, scopes: params[:scope].to_s.split)
      callback = params.fetch(:redirect_uri)
      redirect_to "#{callback}?code=#{grant.code}&state=#{CGI.escape(params[:state].to_s)}", allow_other_host: true # expect: open-redirect
    end

    def cancel
      head :found, location: params[:return_to] || root_url # expect: open-redirect
    end
  end
end
